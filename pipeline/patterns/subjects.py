"""Subject tables: the closed vocabulary of applicant types and the words and sections that state them.

Each tag lists regular expressions for the terms that denote it. A term counts only where it starts
and ends on a word boundary of the jieba segmentation (pipeline/segment.py with the policy-term
dictionary), so "高新技术企业培育库" is never read as 高新技术企业 and "企业技术中心" never as 企业.
The tags and their term patterns are defined in pipeline/data/subjects.toml; the tables below say
where in a text a term counts as an applicant.
"""
import re

from pipeline import vocabulary
from pipeline.patterns.boilerplate import ADDRESSEE_BODY_END, ADDRESSEE_BODY_WORDS, ADDRESSEE_LINE_START
from pipeline.patterns.kinds import EVALUATION_PARTICIPANTS, HEADING_CLOSES

# The closed vocabulary and its term patterns, all from pipeline/data/subjects.toml (the one place a
# tag is defined; see pipeline/vocabulary.py). Profiles' qualifications are validated against the
# same tags, so a qualification can always meet a notice's subject.
SUBJECT_VOCABULARY = vocabulary.tag_names()
# tag -> term patterns, most specific tags first. The generic 企业 is decided separately (see
# GENERIC_ENTERPRISE): it is kept only where no narrower tag covers the same applicants.
SUBJECT_TERMS: dict[str, tuple[str, ...]] = {
    tag.name: tag.patterns for tag in vocabulary.tags() if tag.patterns and tag.name != vocabulary.GENERIC}
# Terms read only in titles (and a publicity's listing in its title): what is recognised or listed,
# which in a body is as often a topic ("建成500家智能工厂") as an applicant.
TITLE_TERMS: dict[str, tuple[str, ...]] = {tag.name: tag.title_patterns for tag in vocabulary.tags() if tag.title_patterns}
# Kinds of applicant (not the platforms a call recognises).
APPLICANT_TAGS = vocabulary.applicant_tags()
# Tags that name a kind of enterprise: they cover a generic 企业 in the same sentence.
ENTERPRISE_TAGS = vocabulary.enterprise_tags()
# Carriers that firms run and apply as: a call for 孵化器 is not open to any 企业 its text mentions
# ("运营企业", "企业须…"), just as a call for one kind of enterprise is not.
RUN_BY_FIRMS = frozenset({"孵化器"})
# …and a carrier before the firms it incubates names them, not itself: "省级科技企业孵化器、众创空间在孵企业" (r485_03),
# "孵化器内入孵企业", "众创空间入驻企业", "孵化器毕业企业"; not its own measure, "孵化器孵化企业数量达到30家", "众创空间入驻企业
# 和团队数量…", nor carriers listed beside their own firms, "孵化器、众创空间及其在孵企业" (but "及其他孵化载体内的在孵企业", a
# list closed by 等载体 too: the code reviews').
INCUBATED_AFTER = re.compile(r"(?:[、和及与](?!其(?!他))[^，,。；;、\s]{1,8}?)*(?:等(?:孵化)?载体)?(?:内|中)?的?"
                             r"(?:在孵|入孵|入驻|毕业)的?企业"
                             r"(?![^，,。；;]{0,6}?(?:数量|家数|总数|户数|个数|比例|比率|占比|率))")
# Types that cover a generic 企业 named as the same applicants.
COVERING_TAGS = ENTERPRISE_TAGS | RUN_BY_FIRMS
# Between two items of a list of applicant types: "民营企业、外商投资企业", "中小企业和高新技术企业".
LIST_JOINER = re.compile(r"\s*(?:、|和|及|与|以及|或)\s*")
# Enterprises in general: the applicant is a firm or a legal person without a narrower type.
GENERIC_ENTERPRISE = vocabulary.by_name()[vocabulary.GENERIC].patterns

# One-character prepositions, conjunctions and the determiner 各 that the segmenter glues to the word after
# them ("以县（市、区）人民政府为申报主体", "设区市人民政府或县（市、区）人民政府", "请各乡镇人民政府作为申报主体").
GLUED_PREPOSITIONS = "以由向或及与和各"

# A term that also denotes a second tag: "规模以上工业企业" is 规上企业 and 制造企业.
IMPLIED_TAGS = tuple((tag.name, re.compile(when), also) for tag in vocabulary.tags() for also, when in tag.also)
# Implied tags read like TITLE_TERMS (title and listing only) when titles are the only place they are read.
IMPLIED_TITLE_ONLY = frozenset(tag.name for tag in vocabulary.tags() if tag.title_patterns and not tag.patterns)

# Generic evidence that only states a legal form ("具有独立法人资格"): any narrower enterprise type
# found for the notice covers it.
LEGAL_FORM_ONLY = re.compile(r"^(?:独立法人(?:资格)?|(?:独立)?法人单位)$")
# "企业" right after these only states the legal form too: "独立法人企业，且为规模以上工业企业".
LEGAL_FORM_BEFORE = re.compile(r"(?:独立|企业)?法人$")

# How far before a term the *_BEFORE patterns below look, within its sentence (each reads well under
# this many characters back).
BEFORE_REACH = 120

# Words right after a term that make it a modifier, not the applicant: "中小企业数字化转型…的行政区",
# "企业公章", "企业所得税", "高校毕业生", a bureau's division "省工信厅中小企业处", a form to fill in
# ("骨干企业情况表", "推荐企业信息汇总表"), a contact ("高新区联系人及联系方式："), a pilot place
# ("中小企业高质量发展示范县": the county applies) or a park named for its tenants ("星级小微企业园", where
# jieba may glue 园 to the next word; "中外中小企业合作区", r492_11). (Firms' R&D costs are a topic, "企业研发费用加计
# 扣除", but a subsidy of them is theirs: "…瞪羚企业、独角兽企业研发费用补贴申报", a review's phrasing; the candidates
# for a status are no holders of it: "高新技术企业重点培育对象", another.)
NOT_SUBJECT_AFTER = re.compile(
    r"^(?:[^，,。；;、\s]{0,8}?(?:示范|试点)(?:县|城市|区|开发区|园区)|园|合作区|集聚区|"
    r"数字化|数智化|智能化改造|转型|特色产业|产业集群|集群|公共服务|服务平台|服务体系|融通|梯度|上云|政策|"
    r"工作(?!站)|主管|联系(?:人|方式|电话)|所得税|公章|名称|法人代表|法定代表人|营业执照|信用|社保|研发费(?![^，,。；;]{0,4}?(?:补贴|补助|奖补|奖励|资助))|"
    r"研究开发|负责人|账号|帐号|用户|申报书|承诺|毕业生|学生|教师|人数|数量|总数|家数|比例|收入|规模|"
    r"发展基金|服务中心|服务站|协会|商会|联盟|股权|之外|以外|中心|(?:重点)?培育(?!库)|办公室|办公厅|印发|同意|在校|处(?![理置罚])|司(?![法机])|"
    # (experts or an expert pool named for their field: "…中小企业发展专家库入库专家", a reviewer's probe phrasing;
    # "遴选省中小企业发展专家", "…中小企业服务专家委员会委员", "从事中小企业服务工作的专家": the code review's; not an
    # expert workstation, a carrier)
    r"(?:发展|服务|管理)?(?:工作)?的?专家(?!工作站)|"
    r"(?:基本)?(?:情况|信息|汇总|登记|申报|申请|推荐|统计|调查)(?:汇总|统计|登记)?表)"
)
# …but what a title recognises is named before its cultivation as such: "制造业创新中心培育和认定工作",
# "…创新中心培育申报工作" (r136_03, r143_14); so is the status a title's cultivation programme selects for ("开展第五批
# 专精特新“小巨人”企业培育工作", "…专精特新中小企业培育工作的通知", "…“小巨人”企业培育申报和复核工作": r190_16, r211_10,
# r188_07, r130_08, all tagged with the status).
CULTIVATION_RECOGNISED_AFTER = re.compile(r"^培育(?:(?:[和及与、]|工作)?(?:申报|认定|遴选|备案|评价|推荐|名单)|工作)")
# …and so, in a title, is a status term ending on its library's intake, before the work ("高新技术企业培育库入库工作").
INTAKE_ENDING = "入库"
# In a body (not a title), a type followed by these is a topic: "可作为高新技术企业认定时的参考".
# (Persons of a firm are read in titles: "专精特新企业高管培训班" is addressed to those firms.)
BODY_NOT_AFTER = re.compile(r"^(?:认定|复审|评价|培育(?!库)|管理|政策|税收|优惠|发展现状|成长|职工|员工|高管|骨干)")
# A term at the start of a body's name is not an applicant: "西安高新区科技创新局", "开发区经信主管部门"
# (but "高校和有关部门" names two, and "企业向注册地主管部门申请", "企业由所在地科技局出具…" name a
# firm acting through a body: a name never opens with a preposition). Places listed before one body
# name each place's body: "各县（市）区、高新区、经开区经济主管部门".
ORG_LIST_REACH = 80  # characters read after a term for the list of places and the body that ends it
ORG_AFTER = re.compile(
    # (an item after 、 may begin with 和: "和林格尔新区", "和平区"; a zone's department of mass bodies is a body too: "天津
    # 经开区群团工作部…关于…创新工作室申报工作的通知", r332_03)
    r"^(?:、[^、，,。；;：:\s及与或的]{1,8}?(?:区|县|市|州|旗|园)(?:[（(][^）)]{1,6}[)）])?)*"
    r"(?![由向在从])(?:(?![和及与或的])[\u4e00-\u9fff（）()]){0,10}?(?:局|厅|委员会|办公室|管委会|经发局|工委|部门|工作部(?!署))"
    r"(?![\u4e00-\u9fff]{0,2}(?:申报|认定))")
# A bureau's division named after what it serves, right after the bureau: "市工业和信息化局中小企业创新发展处",
# "市科委科技企业服务处" (r128_10, r133_19; not an office an applicant turns to, "可向所在街道办事处提出申请",
# "通过本校科技处统一组织推荐"); a city or county bureau's is a 科 ("报送市工业和信息化局中小企业科", r243_12).
DIVISION_BEFORE = re.compile(r"(?:局|厅|委|委员会)$")
DIVISION_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:处(?![理置罚])|科(?![技学研普创]))")
# A carrier followed by these names a funding programme it hosts, not a carrier to recognise:
# "…实验室专项集中申报", "重点实验室开放课题", "…研究院开放基金".
PROGRAMME_AFTER = re.compile(r"^(?:专项|开放(?:基金|课题|项目)|课题)")
# A table cell that names a programme names no applicant: "| 科技型中小企业成长资金项目 |",
# "| 高校协同创新计划 |", "| 众创空间运营后补助项目 |" (a schedule of programmes and their dates).
PROGRAMME_CELL_AFTER = re.compile(r"[^|\n。；;，,]{0,30}?(?:项目|计划|资金|专项)(?:[（(][^)）\n]{0,40}[)）])?\s*\|")
# A term right before 关于 names the issuer of a document: "《某某新区管理委员会关于加快…的实施意见》".
ISSUER_AFTER = re.compile(r"^关于")
# A type the applicant must not hold: "2008年至今未被认定为高新技术企业" (a 高企培育库 call), "估值超过1亿元人民币的未上市
# 企业" (r645_04; the code reviews': "尚未上市的企业"), unless the text has the firms prepare to list, which the vocabulary
# reads as 上市企业 ("有上市计划的未上市企业", a listing-reserve call: the fourth review's).
NOT_YET_BEFORE = re.compile(r"(?:未|尚未|从未|没有)(?:被?(?:认定|评为|评价为|列入|纳入|获评|入选|确定)为?)?$")
LISTING_PLANNED = re.compile(r"上市(?:计划|后备|培育|辅导)|拟上市|筹备上市")
# A status the applicants must hold names them even outside a sentence or section that states the
# applicants ("申报范围：有效期内的…创新型中小企业", "且已被认定为创新型中小企业"): read in the
# HELD_REACH characters before a type.
HELD_BEFORE = re.compile(r"(?:有效期内|已被?(?:认定|评为|评价|入库|列入|纳入|确定)为?)[^，,。；;、\n]{0,10}$")
HELD_REACH = 24
# An agent the applicant may hire: "也可委托专业服务机构代为办理".
AGENT_BEFORE = re.compile(r"委托[^，,。；;]{0,12}$")
# In a call, firms "to be transformed" or attached as a list are objects, not applicants.
# "企业申报对象为…" names the applicants that follow, not firms in general.
CALL_NOT_AFTER = re.compile(r"^(?:名单|清单|数量|总数|目标|(?:申报|申请|参评)(?:对象|主体|条件|要求))")
# A social organisation named by what it is not ("社会团体、民办非企业单位", "社会服务机构(民办非企业单位)": r426_14, r426_15,
# both labelled with no tag) is no firm; nor is any type so negated ("非上市企业", the second review's).
NEGATED_BEFORE = re.compile(r"非$")
# In a call, the enterprises a selection yields are not its applicants: "评选出50家领航企业",
# "遴选出一批标杆企业".
OUTCOME_BEFORE = re.compile(r"(?:遴选|评选|选树|选拔|评定)出[^，,。；;]{0,30}$")
# A re-evaluation's acts: its applicants are named as those re-evaluated ("复评企业限于…", "复核对象为…", "作为复核申报主体").
_REEXAMINE = r"复核|复评|复审"
# "企业" that refers to applicants named elsewhere: back ("申报企业应为…制造企业", "该企业", "上述企业"), each
# of them in a quota ("…专精特新中小企业，同一企业限报一个项目", "每家企业限报1项": a review's phrasings)
# or forward to a list ("仅限以下企业申报：上市企业、…").
ANAPHORIC_BEFORE = re.compile(r"(?:申报|申请|参评|" + _REEXAMINE + r"|推荐|入选|承担|相关|该|上述|所在|本|其|以下|下列|如下"
                              r"|同一家?|每一?[家户个]|单个)$")
# "企业" that runs a carrier applying in its own right: "科技企业孵化器运营企业" is the 孵化器 applying.
OPERATOR_BETWEEN = re.compile(r"的?(?:运营|运行|管理)(?:主体|机构|单位)?")
# "企业" qualified by a clause naming a narrower type is a firm of that type: "列入独角兽培育企业库的企业",
# "获评瞪羚企业称号的企业" (no enumeration between them: "上市企业以及…优秀企业" lists two).
HOLDER_BETWEEN = re.compile(r"[^、，,；;和及或与]{0,12}?的")
# …and so is one a bracket counts in with it: "软件企业（含集成电路设计企业）" (a review's phrasing); not others it
# adds, "高新技术企业（包括其他科技型企业）".
INCLUDED_BETWEEN = re.compile(r"[（(](?:含|包括|包含)(?![^（()）]*其[他它])[^（()）、，,；;]{0,12}?")
# How far back those two look from a "企业" for the term they follow (each spans well under this).
BETWEEN_REACH = 16

# Preference and bonus conditions are not eligibility: a type named in a clause with these words
# ("同等条件下，瞪羚企业优先支持", "获评独角兽企业的，给予加分", "优先支持：…") is preferred among the
# applicants, not one of them.
PREFERENCE = re.compile(r"优先|优选|加\d{0,2}(?:\.\d)?分|倾斜")
# …though a type invited to apply, enter or take part first is one of them (pipeline/extract/subjects.py)
APPLY_FIRST = re.compile(r"优先(?:申报|申请|报名|参评|参加)")
# An aside in brackets, which may prefer others of a type named before it ("工业企业（…专精特新企业优先考虑）").
# An aside preferring some of the type it follows ("本市职业院校（与企业合作办学的优先）": the second review's) prefers among
# them; the type itself stays an applicant.
SOME_PREFERRED = re.compile(r"的[^，,。；;（）()]{0,4}?优先")
BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
# A clause: up to a comma or a sentence end (a colon joins "优先支持：…"); the one a preference speaks of, or the
# one turning a term away.
CLAUSE_END = re.compile(r"[，,；;。！!？?\n]")
# A conditional clause ("获评瞪羚企业的，…", "获得瞪羚企业称号的企业，评审时加5分") takes its
# preference from the clause after it; so do the items of a list headed by one ("优先支持：\n1.…").
# (also "…称号的申报单位，评审时分别加5分、3分": a review's phrasing)
CONDITION_TAIL = re.compile(r"的(?:申报|申请|参评)?(?:企业|单位|机构|个人)?\s*$")
LIST_HEAD = re.compile(r"[：:]\s*$")
# A term after "在" with a verb of employment after it is a workplace: "在制造业企业缴纳社保的在职员工"
# (not the work a bureau does there: "在全市范围内开展…工业设计中心认定工作"); also a workplace gone to, "对到中小微企业就业的
# 应届高校毕业生…发放就业补贴" (r365_01, where 企业 apply); and those employing persons there, "在本市注册的公司聘用的高层次
# 人才" (the code review's)
WORKPLACE = re.compile(r"(?:在|(?<![得达])到)[^，,。；;]{0,20}$")
WORKPLACE_AFTER = re.compile(r"^[^，,。；;]{0,15}?(?:(?<!认定)(?<!申报)(?<!评价)(?<!遴选)(?<!推荐)(?<!备案)(?<!评审)(?<!培育)(?<!建设)工作"
                             r"|缴纳|任职|就业|担任|全职|从事|聘用|雇用|招用)")
# …or an item (or the start of one, "企业研发机构") of a list of workplaces that ends in the units worked at:
# "在省内高校、科研机构、企业研发机构等单位工作1年以上" (r135_10), read WORKPLACE_LIST_REACH characters on
# (not the applicant's own work, "在本市注册的中小企业围绕主导产业开展数字化转型工作").
# (also a list ending in the firms themselves: "新引进到我市高新技术企业、专精特新中小企业、规模以上工业企业工作…的博士", a
# reviewer's probe phrasing)
WORKPLACE_LIST_AFTER = re.compile(r"^[^，,。；;、]{0,8}、[^，,。；;]{0,36}?(?:(?:等|各类)(?:单位|机构)|企业)(?:全职|专职)?"
                                  r"(?:工作|任职|就业)")
WORKPLACE_LIST_REACH = 48
# …or a unit followed (matched at its end) by the persons working within it, with no 在 before: "全区各类企事业单位
# 中工作的专业技术人才" (r319_13), "驻济高校全职工作的青年教师" (a review's phrasing); not a firm's staff counted in its own criteria
# ("高新技术企业中从事研发…的科技人员占…比例", "众创空间专职从事孵化服务的人员不少于3名").
WORKPLACE_WITHIN_AFTER = re.compile(r"(?:(?:中|内|里)(?:全职|专职)?|全职|专职)(?:工作|任职|就职)的"
                                    r"[^，,。；;]{0,12}?(?:人才|人员|教师|博士|专家|科学家|学者|工作者)")
# In a talent programme's call, firms named in a sentence that ends on the persons employed there or chosen
# from them are their employers: "…具有独立法人资格的企事业单位，…，从事科学研究…等工作的在岗人员",
# "面向…重点科技型企业，直接遴选确定一批高层次人才" (r135_11, r135_20).
# (also their staff listed by status without 的: "申报人员为省内企事业单位现在编、在职、在岗人员", r431_06; 在聘 too)
_STAFF_STATUS = r"(?:在编|在职|在岗|在聘|全职)"
PERSONS_CHOSEN_AFTER = re.compile(r"(?:的" + _STAFF_STATUS + r"?|(?:遴选|选拔|确定|评选)[^，,。；;]{0,4}?)"
                                  r"(?:一批)?[^，,。；;的]{0,6}?(?:人员|员工|职工|人才|专家)\s*$"
                                  r"|" + _STAFF_STATUS + r"(?:[、和及或]" + _STAFF_STATUS + r")*的?(?:专业技术)?人员\s*$")
# A firm or unit right after 本 or 所在 is the one applying's own ("在本企业、同行业中具有领先的技术技能水平", r534_01;
# "在所在企业…", "申报人所在企业"), never a class of applicants; not 样本企业, 资本, 成本, nor the firms located there,
# "动员所在企业申报" (the code reviews').
OWN_UNIT_BEFORE = re.compile(r"(?:(?<![样日资成基根])本|(?<=[在人其])所在)$")
# …unless the sentence has firms apply: "申报单位为在本市注册的企业，申报对象为企业新引进的高层次人才",
# "由企业申报其聘用的高层次人才" (the employers applying for the talent they bring in).
FIRMS_APPLY_IN = re.compile(r"申报(?!人|者|条件)|申请(?!人|者)|由[^，,。；;]{0,10}企业")
# What a title recognises is named there, not counted ("…社会化服务试点县和…重点县的公示"), when the title
# goes on to list or announce it; "服务试点县的…组织", "带动重点县发展的…企业" name those serving it.
RECOGNISED_IN_TITLE_AFTER = re.compile(r"^(?:[（(][^）)]{0,6}[)）])?(?:和|、|及|与|名单|的(?:公示|通知|公告)|$)")
# A zone's body that reviews: "经园区初审、新区管委会主任办公会审定", "园区对企业申报资料进行初审"
# (also after the other reviewers listed with it, within its line) names a reviewer, not who applies.
REVIEWER_REACH = 70
REVIEWER_AFTER = re.compile(r"^[^，,。；;、]{0,6}?(?:初审|审定|审核|会审|评审|审查|推荐)"
                            r"|^[^，,。；;\n]{0,40}?对[^，,。；;\n]{0,20}?(?:进行)?(?:初审|审定|审核|审查|评审)")
# A zone's body that materials go to: "材料报送开发区科技局", "上报高新区管委会" (a recipient, not an
# applicant; a bare 报 is left out: "申报省级高新区" names the zone applying), also as an item of the
# list the papers are sent to ("提交至所在地的县（区）、开发区…", "提交至…市科技局、某基地管委会").
# (the papers may be named between: "提交申请书及相关资料至所在县区、开发区、…主管部门", r443_12; not a window's range, "报送
# 时间为9月1日至9月30日", "材料报送自即日起至…": the code reviews')
RECIPIENT_BEFORE = re.compile(r"(?:报送|上报|报至|送至|送达|提交至?|交至)$"
                              r"|(?:(?:报送|上报|提交|递交|寄送)(?:(?!时间|日期|期限)[^，,。；;至到\d起]){0,12}?(?:至|到)|(?:报|送|交|寄)至)"
                              r"[^，,。；;]{0,30}$")
# A zone's own committee or government is a body, not a place (subjects._zone_body).
ZONE_BODY_ENDINGS = ("管委会", "管理委员会", "政府")
# A zone after its own place's name (subjects._named_zone): the place, in Chinese characters ("成都", "武汉东湖",
# "成都市"), is read back from the zone 2 to 6 characters at most.
PLACE_CHARS = re.compile(r"[\u4e00-\u9fff]+")
ZONE_PLACE_MIN_CHARS, ZONE_PLACE_MAX_CHARS = 2, 6
# A zone listed by name, one item of a list or a clause of its own ("申报主体：南京高新区、苏州高新区").
LISTED_ZONE_AFTER = re.compile(r"\s*(?:[、和及与等，,。；;\n]|$)")
# A unit named in a list its notice recognises as a category, closed by the count ("现认定兴庆数字经济产业园等4家单位为自治区
# 科技企业孵化器", "V+合伙人大厦产业园等2家载体转型认定为…", "…岱家山科技孵化器、斗转科技园和金银湖创新中心等6家为…示范产业楼宇":
# r495_03, r435_06, r483_12): its name is no type; the category after 为 is what the list holds. Only in a list, with a
# recognising verb before it or before 为 (not a call's "以专精特新中小企业、高新技术企业等200家企业为重点对象": the code
# review's).
# (a verb recognising now, not one done already, a decision's opening or a noun: "已认定的…", "经研究确定，…", "以经认定的…",
# "评定标准", "认定管理办法", "确定专人": the code reviews')
_LIST_RECOGNISED_VERB = (r"(?<!已)(?<!已经)(?<!经)(?:认定|确定|命名|评定)"
                         r"(?![的，,]|标准|管理|办法|细则|专人|工作|程序|条件|结果)")
NAMED_IN_A_COUNTED_LIST_AFTER = re.compile(r"[^，,。；;：:]{0,60}?等\s*[\d一二三四五六七八九十百]+\s*余?\s*[家个所][^，,。；;]{0,8}?"
                                           r"(?P<verb>" + _LIST_RECOGNISED_VERB + r")?为")
LIST_RECOGNISED_BEFORE = re.compile(_LIST_RECOGNISED_VERB + r"[^。；;]*$")
# A zone as the place of registration: "企业在西安高新区内登记注册", "在经开区的规模以上工业企业均可申报"
# name where, not who (so do "位于…产业集聚区", "入驻…产业集聚区标准化厂房", "租赁…厂房": a review's phrasings).
# (each of a list of zones so: "入驻长庆桥工业园、驿马工业园、西川工业园的企业", r495_01; "…工业园和南湖科技园的企业"; not a zone
# the stretch before describes, ending in 的: "位于太湖流域、长江沿线的省级以上开发区" apply, the code review's)
_LOCATION_LIST_ITEM = r"[^，,。；;、和及与的]{1,12}"
LOCATION_BEFORE = re.compile(r"(?:在|位于|入驻|租用|租赁)(?:" + _LOCATION_LIST_ITEM + r"[、和及与]){0,16}[^，,。；;、的]{0,6}$")
# (a bracketed aside may follow the zone, its district: "在无锡高新区（新吴区）内注册的法人企业", r105_09; so may the rest of
# the list, up to what closes it)
LOCATION_AFTER = re.compile(r"(?:[（(][^（()）]{1,12}[)）])?(?:(?:[、和及与]" + _LOCATION_LIST_ITEM + r"){0,16}"
                            r"(?:内|范围|区域|注册|登记|落户|辖区|的|(?:标准化|标准)?厂房)|[，,。；;])")
# …and, with or without 在, a zone whose bounds are named: "常州市经开区范围内注册企业" (r63_08), or whose
# factory buildings the firms rent ("…产业集聚区标准化厂房租金补贴", a review's phrasing; not the zone building them).
WITHIN_AFTER = re.compile(r"^(?:(?:行政|辖区|管辖|规划|托管)?(?:范围|区域)内|(?:内|的)?(?:标准化|标准)?厂房(?=[^，,。；;]{0,4}租))")
# A zone right before the firms in it names where they are: "其他县区、开发区企业可直接向…提交申请",
# "园区内企业", "高新区规上企业", "开发区首批科技示范企业", "高新区新增2家高新技术企业", "高新区（各）用人单位全职引进…的
# 人才" (r451_12: where the persons are employed).
FIRMS_AFTER_ZONE = re.compile(r"^(?:内|中)?(?:的)?(?:各类|各|相关|有关|重点|规上|规模以上)?(?:企业|(?:用人|用工)?单位|项目)"
                              r"|^(?:首批|新增|新认定|新入选|入驻|在孵|\d+家)[^，,。；;、：:\s和及与或的]{0,7}?企业"
                              # …or opens the name of one: "衡阳市高新区祝融小学" in a list of schools (r373_04),
                              # "…经开区某某科技有限公司"; not what the places are named, "…等13个县（市、区）为山东省中小学劳动
                              # 教育实验区" (r408_03), "…命名为…", "…成为…"
                              r"|^(?!(?:命名|确定|认定|列|评|成|作|被评)?为)[\u4e00-\u9fff]{1,10}?"
                              r"(?:小学|中学|学校|幼儿园|医院|卫生院|有限公司|有限责任公司)")
# What persons founded, not who applies: "在本市首次创办小微企业或个体工商户…的高校毕业生" (a reviewer's probe phrasing; firms
# newly founded, "新创办的小微企业", do apply).
FOUNDED_BEFORE = re.compile(r"(?:创办|创立|开办|领办)了?$")
# The clients a provider serves: "近两年为中小企业提供服务不少于20家的服务商".
CLIENT_BEFORE = re.compile(r"(?:为|向)[^，,。；;]{0,4}$")
CLIENT_AFTER = re.compile(r"^[^，,。；;]{0,4}?提供")
# Firms counted in a condition, not applicants: "累计服务中小企业不少于30家", "带动不少于100家中小企业",
# "在孵企业不少于20家", "企业数量达到50家".
COUNTED_BEFORE = re.compile(r"(?:服务|带动|辐射|孵化|在孵|惠及|帮扶|赋能|吸引|集聚)(?:不少于|不低于|超过|了)?(?:\d+家)?$")
COUNTED_AFTER = re.compile(r"^(?:数量|总数)?(?:不少于|不低于|不超过|超过|达到|达|累计)\d+(?:家|个)")
# Firms of no narrower type a title recognises or lists: the recognition or list close after them
# ("农业产业化龙头企业监测认定", "科技小巨人企业综合绩效评价", "…有限公司验收通过名单", "…拟推荐企业的公示"),
# not a person they put forward ("企业质量官推荐") nor a list of offenders ("失信企业名单核查",
# FIRMS_OFFENDING_BEFORE).
# (or sought right after, their batch in brackets: "…以旧换新活动线上参与企业（第一批）征集工作的通知", r333_01; not
# persons serving firms, "企业导师征集"; or with sole traders named after them, "关于组织餐饮商家和个体工商户申报…": the code
# review's)
FIRMS_RECOGNISED_AFTER = re.compile(r"^(?:[（(][^（()）]{1,6}[)）])?" + vocabulary.PLACEHOLDERS["{SOLE_TRADERS_BESIDE}"]
                                    + r"(?:[^。，,；;：:]{0,4}?(?:认定|遴选|申报|评价|名单|公示)|征集)")
# …or sought by the title's verb before them, closing it: "关于征集…家居以旧换新活动参与企业的公告", "…征集…促消费活动参与
# 商家的公告" (r507_06, r501_07; the merchants' term takes 参与 in); not persons serving them, "征集参与企业诊断服务的专家")
# …or applied for or put forward so, a recognition of firms the vocabulary has no type for: "关于组织申报江苏省现代农业科技园和
# 农业科技型企业的通知" (r753_07, labelled 企业), "关于组织申报2012年郑州市现代农业科技型龙头企业的通知", "关于组织推荐2016年国家
# 技术创新示范企业的通知" (stored pages)
# (not the firms persons go into: "关于推荐…科技特派员进企业的通知", "…“科技副总”入驻企业的通知", the code reviews')
FIRMS_SOUGHT_BEFORE = re.compile(r"(?:征集|申报|推荐)[^。，,；;：:]{0,40}?(?:参与|参加)?(?<![进入驻])$")
FIRMS_SOUGHT_AFTER = re.compile(r"^(?:[（(][^（()）]{1,6}[)）])?的?(?:公告|通知|启事)")
FIRMS_OFFENDING_BEFORE = re.compile(r"(?:失信|违法|违规|黑名单|经营异常)[^，,。]{0,4}$")
# Persons or a team an applicant must have, in a condition: "具有突出的成果，高水平的创新团队", "拥有一支…
# 研发团队" (read for 人才 only: "须具有高新技术企业资格" states the applicant's own type), unless they
# apply themselves ("具有独立法人资格，科研人员申报…").
POSSESSED_BEFORE = re.compile(r"(?:具有|拥有|具备|建有)[^。；;：:]{0,40}$")
APPLYING_AFTER = re.compile(r"^\s*(?:申报|申请|报名|可以|可|均可|应|须|需)")
# …nor where the sentence names the applicants ("申报对象为拥有核心技术的高层次人才创业团队").
APPLICANTS_NAMED_BEFORE = re.compile(r"(?:申报|申请|支持|资助|扶持|奖励|补助)(?:对象|主体)")
# A purpose clause opening a sentence names the programme's aim, not its applicants: "为引导中小企业
# 集聚发展，现组织…", "为支持专精特新企业做优做强，…".
# (…or 激发: "为激发市场主体活力，…面向驻济高校和科研机构公开征集…", a reviewer's phrasing of round 46)
PURPOSE_BEFORE = re.compile(
    r"(?:^|[：:])\s*(?:[一二三四五六七八九十]{1,2}、[^，,。；;]{0,8}?)?为了?(?:进一步|全面|加快|深入|更好|大力|切实)?"
    r"(?:引导|推动|促进|支持|助力|鼓励|推进|加强|帮助|培育|激励|激发|提升|缓解|完善|落实|加快|引领|服务)[^，,。；;]{0,30}$")
# A partner the applicants work with, not an applicant: "对…与高校院所开展产学研合作…的企业，按…给予补助" (the second
# probe of round 51), not a co-applicant ("与高校院所联合申报", "合作申报").
# (not 参与, 不同, 共同; not partners joined in applying, "与高校院所合作共同申报": the second review's; each of a list of
# partners, "与高校、科研院所开展产学研合作", the code review's of round 58)
PARTNER_BEFORE = re.compile(r"(?<![参不共])(?:与|同)(?:[^，,。；;、与同]{1,12}、){0,4}$")
PARTNER_AFTER = re.compile(r"[^，,。；;]{0,16}?(?:开展|进行|建立)?[^，,。；;]{0,8}?合作(?![^，,。；;]{0,6}?(?:申报|申请|承担))")
# Where a person comes from: "来自国内其他省区市的高校、科研院所等事业单位的…".
ORIGIN_BEFORE = re.compile(r"来自[^，,。；;]{0,20}$")

# Sentences that exclude rather than admit: "不予重复支持", "不得申报", "…除外", objections boilerplate.
NEGATIVE_SENTENCE = re.compile(r"不予|不得|不属于|不再|除外|不含|取消|失信|违法|违规|不存在|异议|不受理|不支持")
# A clause that turns its subject away: "单位或个人自用的软件不可以进行评估" (read per clause: a
# flattened page may hold a whole call in one sentence), or names one that failed a review ("其中某某
# 有限公司等2家因…不符合要求，未通过审查": the rest are listed, not they), or names those who need not apply, holding
# the status already ("有效期内的…专精特新中小企业、国家专精特新“小巨人”企业无须申报": r221_09, r224_07, r205_04).
NEGATIVE_CLAUSE = re.compile(r"不可以|不能|不允许|不可(?!抗|或缺)|不符合|[未不]通过"
                             r"|(?:无须|无需|不需要?|不必|不用)(?:再|重复)?(?:申报|申请|参评|参加评价)")
# A type said to be outside what is supported: "上市企业及其控股子公司不在本次支持范围内".
OUTSIDE_SCOPE_AFTER = re.compile(r"[^。；，,（()）]{0,14}?不在[^。；，,]{0,12}?(?:范围|之列)")
# A bracketed exclusion narrows a place or a scope ("注册在本区（不含各开发区）的企业", "（不含新增规上
# 企业奖励）"), also written as a carve-out ("…的企业、事业单位、其它组织（财政全额核拨单位除外）", "…具有独立法人资格
# 的企业及机构（区属国有企业…除外）": r232_20, r156_06): what it names is masked, and it does not turn the rest of
# its sentence away.
# (…or after other words in the bracket, masked from 不含 on, or its last part ending 除外: "在某区注册（或驻区，不含某园区）的
# 企事业、高等学校…", r481_11; "（含高新技术企业，但不含上市企业）", "（含高新技术企业，国有控股企业除外）" still include what
# they name: the code reviews')
BRACKETED_EXCLUSION = (r"[（(](?:(?:不含|不包括)[^（()）。]{1,30}|[^（()）。，,、；;]{1,30}除外)[)）]"
                       r"|(?<=[，,、；;])\s*(?:但|而|且|并)?(?:不含|不包括)[^（()）。]{1,30}(?=[)）])"
                       r"|(?<=[，,、；;])[^（()）。，,、；;]{1,30}除外(?=[)）])")
# Deadline boilerplate that is not an exclusion of applicants ("逾期不予受理"), and bracketed exclusions.
# A clean record the applicants must have is a condition on them, not their exclusion: "资信良好，无违法
# 违规行为", "近三年未发生重大违法违规行为", "未被列入严重失信主体名单".
NOT_NEGATIVE = re.compile(r"逾期[^。；，]{0,4}(?:不予|不再)?(?:受理|视为放弃|视作自愿放弃)|"
                          r"(?:无|没有|未发生|未出现|未有|未被列入)[^。；，,]{0,12}?(?:违法|违规|失信)[^。；，,]{0,12}|" + BRACKETED_EXCLUSION)
# A sub-item heading ("（三）服务机构运营补助") whose next sentence refuses it this time.
_REFUSAL = r"(?:暂不|不予|不再|暂停|取消|不)(?:支持|受理|申报)|不在本(?:批|次|年度)|本(?:批|次)不"
ITEM_REFUSED = re.compile(_REFUSAL)
# …and a bracket after an item refuses it when it ends on a refusal and has no subject of its own ("服务商（本次不予受理）",
# "（2025年度暂不受理）", "（注：该类别本轮暂不支持）"); one with a subject holds a condition ("（已享受同类政策的不再重复支持）",
# "（同一项目不支持重复申报）", "（存在严重失信行为的不予受理）"): the code reviews'.
BRACKET_REFUSES = re.compile(r"(?![^（()）]*(?:的|重复|同一))[^（()）]*?(?:" + _REFUSAL + r")\s*")
ITEM_HEADING_MAX_CHARS = 40
# What may follow the applicant an enumerated item ends with: "（二）其他符合条件的企业等。"
ITEM_TAIL = re.compile(r"[等\s。；;，,]*")
# …unless the item only says what the applicants already named are ("（一）申报企业为牵头承担…专项中招投标项目的企业": r410_13,
# whose applicants are "申报主体为…的规上工业企业"): its 企业 refers back to them.
ITEM_DEFINES_APPLICANTS = re.compile(r"(?:申报|申请|参评)(?:企业|单位|主体)(?:应当?|须|需|必须)?(?:为|是)")
# (not one adding a further class: "（二）申报单位为在本市注册登记的其他企业", the second review's)
ITEM_ADDS_A_CLASS = re.compile(r"其他|其余|以外")
# …and a sentence adds firms in general where other firms may apply too ("已入驻孵化载体的企业及其他企业也可申请",
# "其他符合条件的企业也可申请": the reviews').
OTHERS_BEFORE = re.compile(r"(?:其他|其余)[^，。；、]{0,8}$")  # (…其他符合条件的企业…)
MAY_APPLY_AFTER = re.compile(r"(?:也|均|亦|同样)?(?:可以|可)(?:申请|申报)")  # (not 参加 or 报名, attending an event)
# An enumerated item that opens with the generic type it defines: "（一）民营企业，是指…" (the words
# between the item mark and "企业" qualify it).
ITEM_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}")
ITEM_HEAD_REACH = 16  # item mark and qualifying words before the term
ITEM_HEAD_AFTER = re.compile(r"[，,：:]|是指")
# Bodies listed as recommenders: "…高新区管委会、省有关部门和单位等项目主管部门择优推荐", or as those who may put
# candidates forward, each with its quota ("有关高校、有关省属企业可推荐本领域…候选人1名", "各高校科协1名、各企业科协1名":
# r299_12, r249_20, each labelled with the persons only), or as one way persons come forward ("…通过个人自荐、他荐，
# 或各级机关、企事业单位、社会组织推荐的形式参与评选": r379_02, labelled 人才).
RECOMMENDER_AFTER = re.compile(r"^[^，,。；;]{0,30}?等(?:项目)?主管部门"
                               r"|^[^，,。；;申报自荐或]{0,20}?推荐的(?:形式|方式)"
                               # (or listed right before the nominating verb that ends a clause: "候选人由所在高校、科研院所、
                               # 企业提名，…", a reviewer's phrasing; not units applying through a body, "高校可直接向省科技厅推荐")
                               r"|^(?:[、和及与][^，,。；;、]{1,8}?)*?(?:推荐|提名)(?=[，,。；;]|$)"
                               r"|^[^，,。；;]{0,30}?可(?:推荐|提名)(?:[^。；;]{0,20}?(?:候选人|人选|候选团队)|\d+名)"
                               r"|^[^，,。；;、]{0,4}?\d+名(?=[、，,；;）)]|$)")
# Nor, in a list, those it invites to object ("公示期内，各部门、单位和个人均可通过来信、来电等形式向…反映问题",
# "单位和个人均应以实名书面形式…反映": r275_07, r343_11, r264_13, each labelled without them, and the code review's). (A
# call's firms reporting what they are owed are its applicants: "…的中小企业可通过登记平台反映被拖欠情况".)
OBJECTOR_AFTER = re.compile(r"(?:[、和及与或][^，,。；;、]{1,8}?)*\s*(?:均|都|也)?(?:可|应|有权)[^。；;]{0,60}?"
                            r"(?:反映|提出异议|异议|举报|投诉|申诉)")
OBJECTOR_REACH = 100
# What follows a person term whose last 人 jieba glued to 均: "…个人均可参加", "…个人均能投稿".
MAY_ENTER_AFTER_GLUED = re.compile(r"均(?:可|能)")
# Parts of a text never read for subjects: document titles, bracketed exclusions, document numbers
# (the issuing division's code: "工信部企业〔2022〕63号", "工信厅企业函﹝2023﹞44号", "…中小企字（2025）45号"), the addressee
# line ("各设区市科技局，省级以上高新区管委会，各有关单位："), contact details to the end of their sentence, and a stock
# exchange's SME board ("深圳证券交易所主板、中小企业板、创业板", r304_07).
MASKED = re.compile(
    BRACKETED_EXCLUSION + r"|《[^》\n]{0,80}》|[\u4e00-\u9fff]{1,12}[〔\[［【﹝（(]\s*\d{4}\s*[〕\]］】﹞）)]\s*\d+\s*号"
    r"|(?:^|\n)各[^。\n]{0,150}?[：:]|(?:联系方式|联系电话|联系人|联系地址|地址|咨询电话)[：:][^。\n]*"
    r"|中小企业板|中小板")

# Whom a survey or a report return covers (read as its applicants only where the text names no others).
SURVEY_SCOPE = re.compile(r"(?:调查|填报|统计)(?:范围|对象)")
_SURVEY_OR_STATION_HEADING = (r"(?<=[、）)\n\s])(?:" + SURVEY_SCOPE.pattern + r"|(?:设站|建站|创建)条件(?:(?:及|和)(?:程序|要求))?)"
                              r"(?=\s*[：:\n]|\s*$)")
# Headings of eligibility sections; the text up to the next heading of the same kind is read. A
# heading word inside an enumeration is not a heading ("对照文件中的支持方向、申报条件、申报程序").
# A section headed by the applicants' qualifications ("二、参与企业资格条件", "二、遴选资格条件": r325_18, r290_10; "…资格
# 条件及要求", "资格要求如下：") is one; not "不具备…专业技术资格条件规定的学历" inside a sentence, nor reviewers'
# ("评审专家资格条件").
# Award calls name their applicants under 提名对象 (科学技术奖提名), contests under 参赛对象 ("参赛对象：本届仅设企业组，
# 参赛企业须…", the review's phrasing of round 43).
_HEADING_START = r"(?<![^一二三四五六七八九十\d\s]、)"
# (补贴 too: "一、补贴对象：…缴纳社会保险的企业", a reviewer's probe phrasing)
_HEADING_ACT = r"(?:申报|申请|推荐|提名|评选|支持|资助|奖励|奖补|补贴|征集|备案|评估|认定|补助|扶持|遴选|参评|参选|招募|申领|揭榜|参赛)"
_HEADING_TAIL = r"(?:要求|及条件|和条件|及要求)?"
# (also a contest's, a call for writings' or a nomination's entrants: "三、征文对象", "征稿对象", "二、参加范围", "推选对象",
# "参选范围": r349_12, r353_14, r353_10, r349_10, r349_05, r349_19; not the bodies that put candidates forward, 推选单位,
# nor the writings' topics, 征稿范围, nor a briefing's 参加对象: the code review's)
_HEADINGS_OF_THEIR_OWN = (r"|(?:基本|申请|参加)条件|(?<!专家|评委|评审)资格(?:条件|要求)(?:及要求|和要求)?(?=\s*(?:如下)?(?:[：:\n]|$))"
                          r"|申报单位要求|企业要求|适用对象|服务对象|实施主体|建设主体"
                          r"|(?:征文|征稿|推选|参选)对象|(?:参加|参选)范围"
                          # (a task list's solvers: "（一）揭榜方基本要求\n1.国内外有研究开发能力的高校、科研机构、企业…",
                          # r478_03, "一、揭榜方条件"; as 揭榜单位 is one of _HEADING_ACT's; not a needs form's field naming
                          # the solvers a firm wants, "（二）揭榜方要求", the code review's)
                          r"|揭榜方(?:(?:基本|资格)?条件|(?:基本|资格)要求)"
                          # (a refund's recipients, "二、返还对象\n参加失业保险的企业、社会团体…", "返还对象：符合条件的参保企业…":
                          # r457_06, r457_14; not 返还单位, which may be the body paying it)
                          r"|返还(?:对象|范围))(?!、)")
ELIGIBILITY_HEADING = re.compile(
    _HEADING_START + r"(?:" + _HEADING_ACT + r"(?:主体|对象|范围|条件|单位要求|企业要求|单位|的服务商类型|类型)"
    + _HEADING_TAIL
    # who a monitoring or evaluation asks to report ("一、监测对象"; a survey's 调研对象 may be whom a
    # contractor surveys: only "调研对象是…" counts, below)
    + r"|(?:监测|评价)对象"
    # …or a survey or a report return ("一、调查范围 全市规模以上工业企业", "一、填报对象", "一、统计范围": r95_07,
    # r75_18, r40_21; 8 labelled calls, each naming there whom it asks to report), or a station or centre to be
    # set up ("一、设站条件 各类企业、科研院所、新型研发机构…", "三、建站条件", "一、创建条件": r80_19, r124_14, r54_07;
    # 5 labelled calls so headed): as headings only, not "按照统计部门统计范围执行", "对照建站条件，重点评估…"
    r"|" + _SURVEY_OR_STATION_HEADING + _HEADINGS_OF_THEIR_OWN
)
# Eligibility headings that name the applicants themselves (not a 支持范围 of topics): a narrower
# type under them makes a later bare "企业" refer back to it.
# …and of those, the headings naming the applicants themselves, not their conditions ("一、申报主体", "支持对象"), for
# telling whether places alone are named the applicants (APPLICANTS_NAMED below)
# (a heading opening its line or item and closed by a colon, a full stop or the line's end: not "…作为申报主体，…")
APPLICANT_NAMING_HEADING = re.compile(r"(?m)(?:^|(?<=[、）)]))[ \t]*" + _HEADING_ACT + r"(?:主体|对象|单位)(?=[ \t]*(?:[：:。]|$))")
# (an evaluation's participants are its applicants: "一、参加科技型中小企业评价对象\n上年度取得编号的…", r485_03; "参加本次
# 运营评价对象为…科技企业孵化器", r450_01; closed as kinds' MATTERS_OPEN_WITH_APPLYING reads it, though a bare 参评对象 is
# one of _HEADING_ACT's headings, read as any call's)
APPLICANT_HEADING = re.compile(
    _HEADING_START + r"(?:" + _HEADING_ACT + r"(?:主体|对象|条件|单位要求|企业要求|单位)" + _HEADING_TAIL
    + r"|" + EVALUATION_PARTICIPANTS + r"对象" + HEADING_CLOSES
    + r"|" + _SURVEY_OR_STATION_HEADING + _HEADINGS_OF_THEIR_OWN
)
# A heading naming a call's applicants (not 补贴/资助对象, whom a firm may claim for, nor 报名对象, an event's audience: a
# list of its own, unlike _HEADING_ACT), and persons its first sentence describes by what they are, closing on them
# (_persons_headed); not staff a unit must have or hire, nor one who must lead its project (the code review's).
PERSONS_HEADING = re.compile(r"(?m)^[ \t]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．])?"
                             r"[ \t]*(?:申报|申请|考核|面向|招募|遴选|评选|选拔|引进|推荐|参评|报考)对象(?:及条件|和条件)?[ \t]*[:：]?")
PERSONS_DESCRIBED = re.compile(r"的[\u4e00-\u9fff]{0,8}?(?:人员|人才|工人|农民|毕业生|技师|工匠|能手|专家|学者|教师|医生|职工|工作者|劳动者)"
                               r"等?(?:[（(][^（()）]*[)）])?$")
PERSONS_OF_A_UNIT = re.compile(r"设有|配备|配有|拥有|具有|具备|聘用|招用|招聘|吸纳|负责人|[须应需]为")
# A contest named in a title ("…创业创新大赛四川选拔赛", "…大学生程序设计竞赛"): where persons enter it, the universities
# it is addressed to pass it on (r266_02 and the review's phrasings).
CONTEST_IN_TITLE = re.compile(r"大赛|竞赛|挑战赛|挑战杯|比赛")
# A contest's or an event's sponsor listed with its organisers ("主办单位：…承办单位：…支持单位：某某集团公司", r266_02,
# r266_15) is no "支持单位" heading of the units a call supports.
SPONSOR_HEADING = "支持单位"
ORGANISERS_LISTED = re.compile(r"(?:主办|承办|协办|指导|联合主办|合办)单位\s*[:：]")
ORGANISERS_REACH = 200
# Where an eligibility section ends: the next numbered heading ("二、", "三、") or a few hundred chars.
SECTION_END = re.compile(r"[一二三四五六七八九十]{1,2}、|第[一二三四五六七八九十]{1,3}[条章]")
# A heading that is itself a sub-item ("（一）申报主体应为…", "（一）项目申报单位登录…") ends at the next sub-item.
SUB_ITEM = re.compile(r"[（(][一二三四五六七八九十\d]{1,2}[)）]\s*[\u4e00-\u9fff]{0,4}$")
SUB_ITEM_END = re.compile(r"[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、")
SECTION_MAX_CHARS = 600
# Eligibility headings read per text: a notice has a handful; a page-sized blob repeating them
# would otherwise cost time in proportion to headings × section length.
MAX_SECTIONS = 100

# A task list's solvers (揭榜方), who apply for its tasks, and what they must be or have (an eligibility sentence), or be
# (an applicant statement: not what they must have, "揭榜方应具备与高校…开展合作的良好基础", nor whom they serve, "揭榜方应为
# 发榜企业提供…方案": the code reviews').
_SOLVERS = r"(?:牵头)?揭榜(?:方|单位|主体)[^。；，]{0,8}?(?:须|应|需|必须|应当)"
_SOLVERS_BE = r"为(?![^。；，]{1,12}?(?:提供|服务))|是|限于"
SOLVERS_MUST_BE = _SOLVERS + r"(?:" + _SOLVERS_BE + r"|具有|具备|属于|满足|符合)"
SOLVERS_ARE = _SOLVERS + r"(?:" + _SOLVERS_BE + r")"
# A body named the applicant: "由县级中小企业主管部门为申报主体", "…作为复核申报主体", "以企业为申报主体",
# "请各县人民政府作为申报主体".
NAMED_THE_APPLICANT = r"[以由请][^。；，]{1,30}?(?:作)?为(?:" + _REEXAMINE + r")?(?:申报|申请|建设|实施|揭榜)主体"
# Sentences that state eligibility anywhere in a call; among them the ways a relayed national or
# provincial call names who applies: "企业向注册地主管部门提出申请", "组织辖区内企业开展申报",
# "请具有省级企业技术中心的企业…报送".
ELIGIBILITY_SENTENCE = re.compile(
    # (bidders are applicants: "参选机构须为依法设立的人力资源服务机构", a review's phrasing; a carrier's host, below)
    # (a re-evaluation's too: "复评企业限于…", "复核对象为…", as APPLICANT_STATEMENT below)
    r"(?:申报|申请|参评|参选|送征|推荐|建设|备案|认定|奖励|资助|支持|补助|征集|牵头|承担|监测|调研|调查|评价|" + _REEXAMINE + r")"
    r"(?:主体|单位|对象|人|企业|机构)[^。；]{0,8}?(?:须|应|需|必须|要|均|应当)?(?:为|是|具有|具备|属于|满足|符合|限于)"
    r"|企业[^。；，]{0,6}?(?:申报|申请|填报|提交申请)|(?:申请|申报|推荐)企业"
    # the units a call for projects or needs takes, with what they must be: "需求单位原则上应是高新技术企业、…"
    r"|(?:需求|项目)(?:单位|主体)(?:原则上)?(?:须|应|需|必须|应当)(?:为|是|具有|具备|属于)"
    # where the applicants must be registered: "申报单位应在我省行政区域内注册，具有独立法人资格"
    r"|(?:申报|申请)(?:主体|单位|对象|企业|人)(?:须|应|需|必须|应当)?(?:为)?(?:在|于)[^。；，]{0,20}?(?:注册|登记|设立)"
    # a task list's solvers, with what they must be: "牵头揭榜方应为锡林郭勒盟内注册的企业" (r500_10); not a condition on one
    # kind of them, "揭榜方为企业的，应具有独立法人资格" (r478_03)
    r"|" + SOLVERS_MUST_BE
    + r"|(?:面向|针对)[^。；]{0,40}?(?:征集|遴选|招募|评选|开放)"
    # (also with how they may: "…的个人，均可自愿申报", "凡符合…标准的科技企业孵化器均可自主申报", "…种植大户可积极申报":
    # r351_04, r370_09, r290_08)
    r"|(?:均可|可以|可)(?:自愿|自主|自行|积极|直接|按要求|免费)?(?:申报|申请|参加|报名|参与|申领)"
    # the public a call asks for submissions, or persons who may put them forward however they send them: "向市民朋友
    # 公开征集…建议", "市民可以从…方面提出…项目", "市民可于2月4日前，通过信件…参与" (r326_06, r326_07, r303_11); not
    # experts or lists asked of institutions ("向高校院所征集评审专家"), nor 可持续, 许可
    r"|向(?:社会|市民|公众|广大|全体)[^。；，,]{0,8}?(?:公开)?征集"
    r"|(?:市民|个人|群众|公众)(?:朋友)?(?:均|都|也)?可(?:以|于)?[^。；]{0,60}?(?:参与|提出)"
    r"|优先(?:申报|支持|推荐|报送)|鼓励[^。；]{0,40}?(?:申报|备案|参与|参加)"
    # (or are welcome to: "欢迎社会各界人士通过信函、电子邮件等方式积极参与征集活动", "欢迎广大企业积极申报"; not to watch
    # over a list, vote or visit, "欢迎社会各界参与监督", "欢迎广大市民积极参与网络投票")
    r"|欢迎[^。；]{0,40}?(?:参与|参加|投稿|报名|申报|应征)(?!监督|投票|评议|观摩|参观)"
    # A second reviewer's probe (round 51) of applicants stated in less obvious places: those who log in to apply
    # ("经认定的软件企业登录…平台在线填报"); whom the applying is open to ("此次申报面向…创新型中小企业"); those who may hand
    # in their papers ("…的跨境电商企业，…可于2025年4月30日前将申报材料报送至…")
    r"|(?:企业|单位|机构)[，,]?[^。；，,]{0,12}?(?:登录|登陆)[^。；]{0,40}?(?:申报|填报|提交)"
    r"|(?:申报|申请|支持|补助|资助|奖励)(?:工作)?(?:主要|仅|只)?(?:面向|针对)"
    # (whom a collection is mainly open to, or open to after what it collects: "本次征集主要面向…", "本次信息采集主要针对…
    # 优势产品及技术信息，面向民用新材料领域的企业、科研机构和高校", r549_03; not what it collects alone, "本次征集主要针对…
    # 企业亟需解决的关键技术问题", nor whom what it collects serves, "征集面向中小企业的…解决方案": the code reviews')
    r"|(?:征集|采集)(?:工作)?(?:(?:主要|仅|只)|(?:主要|仅|只)?针对[^。；]{0,60}?[，,]\s*)面向"
    r"|可(?:于|在)[^。；，,]{0,30}?(?:申报|申请|报送|提交)"
    r"|[，,]\s*请[^。；]{0,80}?(?:申报|报名)|请各(?:申报|申请)人"
    r"|由[^。；，]{0,20}?(?:报送|申报|牵头申报|提出申请)"
    r"|从[^。；]{0,80}?中[^。；]{0,6}?(?:遴选|选取|评选|推荐)"
    r"|符合[^。；]{0,40}?条件的|申请[^。；，]{0,20}?的(?:企业|单位|个人)"
    r"|推荐[^。；，]{0,20}?(?:科学家|候选人|人选)"
    r"|" + NAMED_THE_APPLICANT
    + r"|(?:企业|单位|机构|个人)向[^。；]{0,40}?(?:提出申请|申请|申报)"
    r"|(?:组织|通知|动员|引导)[^。；，]{0,20}?(?:辖区|本地区|本区域|属地)内?[^。；]{0,30}?(?:申报|填写|填报|报名)"
    # a bureau asked to have firms or researchers apply names them: "组织相关企业（单位）按要求填写…",
    # "组织有关企业申报", "动员广大科研人员申报…基金"
    r"|(?:组织|动员|引导)(?:广大|相关|有关|本地|当地)?(?:企业|单位|科技人员|科研人员)[^。；]{0,30}?(?:申报|申请|填写|填报|报名)"
    # the applicants of one award or title and what they must be: "申报…先进单位奖的企业必须是…",
    # "申报省级示范企业应符合…条件", or of a contest: "报名参赛的企业应符合…", "参赛企业（团队）应符合…" (r783_10, r783_11,
    # two veterans' start-up contests, both tagged 企业; firms only: "参赛单位应为各区人民政府…" names governments, read as
    # the applicant statement they are, the code review's)
    r"|(?:申报[^。；，]{1,20}?(?:企业|单位)|参赛的?企业(?:[（(][^）)]{1,6}[)）])?)"
    r"(?:须|应|需|必须|应当)(?:为|是|具有|具备|属于|满足|符合)"
    r"|请[^。；，]{0,30}?的[^。；，]{0,6}?(?:企业|单位|机构|高校|个人)[^。；]{0,40}?(?:报送|提交|填报|申报|报名)"
    # those who apply to the issuer directly, outside the local channel: "部属及省属本科高校、科研院所可直接向省科技厅
    # 推荐", "驻青央企、省属国有企业可直接向我厅申报" (r44_03, r93_14, r57_05; 9 labelled calls, their tags labelled but
    # for a 部属单位 no tag names); to a body, not "直接向企业推荐适用的科技成果"
    r"|直接向[^。；，,]{0,16}?(?:厅|局|委|部|司|办|办公室|中心|管委会|组委会)(?:推荐|申报|提出申报|提出申请|报送|提交|上报)"
    # (or send it there directly: "省级高校、科研院所、企事业单位的科技项目，经所在单位审核后直接报送省应急管理厅", r537_01)
    r"|直接(?:报送|提交|上报|报)(?:至|到)?[^。；，,]{0,16}?(?:厅|局|委|部|司|办公室|中心|管委会|组委会)"
    # the members a consortium applying must be made of: "联盟成员要由企业、大学和科研机构等多个独立法人组成",
    # "市级创新联合体由企业、高等学校、科研院所…等多个独立法人单位组成" (r287_11, r287_17, both labelled with them;
    # "共同体应由…企业牵头，联合…高等院校或科研机构组建", a reviewer's)
    r"|(?:联盟|联合体|共同体)(?:成员|成员单位)?[^。；，,]{0,6}?由[^。；]{0,60}?(?:组成|组建|构成)"
)
# In a call, whom an award or subsidy standard pays applies for it ("对首次在境内外证券交易所上市的企业，一次性奖励500万元",
# "对新认定的国家高新技术企业给予一次性奖励20万元": the second reviewer's probe of round 51; "对符合条件先进事迹和先进个人…
# 给予表彰和现金奖励", r355_08); an explainer's measures name beneficiaries, not applicants ("对中小外贸企业参加境外展会的
# 展位费给予最高80%补助": round 50's second probe). Only a 对-clause ending on the payee it names (not "对企业购买科技服务
# 机构服务的，按…补贴", whose 服务机构 is a supplier, nor "对企业入驻孵化器的", nor a firm's staff, "对限上企业的统计信息员"
# (r342_05), nor a sanction, "按规定追回补助资金": the second review's); the amount may follow at once ("对新认定的国家高新
# 技术企业，奖励20万元").
PAYEE_SENTENCE = re.compile(r"对[^。；]{0,40}?(?:企业|单位|机构|个人|人员|人才|团队|高校|院所|医院|学校|合作社|园区|基地|平台"
                            r"|孵化器|众创空间)[，,]?\s*(?:(?:给予|一次性|分别|按)(?![^。；]{0,20}?(?:追回|收回|扣回|退回))"
                            r"[^。；]{0,20}?|(?:最高|每家)?)(?:奖励|补助|补贴|资助)")
# A question asking who may apply, its answer stating them ("问：哪些单位可以申请？\n答：已纳入…培育库…的企业。", "问：推荐对象
# 有什么要求？答：…青年科技工作者。": the second reviewer's probe of round 51); the answer is read as an eligibility
# sentence.
# (asked of applicants, not of things: "哪些车辆可以享受免费通行？", round 50's second probe)
# ("什么样的企业可以申报？", "谁可以申报？", "哪些企业符合申报条件？" too: the second review's)
WHO_MAY_APPLY_ASKED = re.compile(r"(?:(?:哪些|什么样?的?|何种)(?:单位|企业|人员|人|机构|主体|个人|群体)|谁)"
                                 r"(?:可以|可|能|能够)?(?:申请|申报|参加|报名|享受|符合申报条件)[^？?\n]{0,6}[？?]"
                                 r"|(?:申报|申请|推荐|支持|补贴)(?:对象|主体|条件)[^？?\n]{0,10}[？?]")
ANSWER_OPENS = re.compile(r"\s*(?:答复?|A)\s*[:：]")
# …which ends at its line's end or at the next question on a flattened line ("…。问：服务商如何参与？答：…").
NEXT_QUESTION = re.compile(r"问\s*[:：]")

# The host of a carrier a call sets up is its applicant: "…中心依托…企业、高等院校或科研院所组建，依托单位应具有独立法人
# 资格" (a review's phrasing); read only where the title names the carrier, not in a persons' programme, whose host unit
# only manages it (r249's rulings), nor a service "依托人工智能大模型" delivers (the code review's).
HOST_STATEMENT = re.compile(r"依托(?:单位|主体|机构)[^。；]{0,8}?(?:须|应|需|必须|要|均|应当)?(?:为|是|具有|具备|属于|满足|符合)"
                            r"|依托[^。；，,]{1,40}?(?:组建|建设|设立)")
# A call's title opening applications for a status ("…专精特新中小企业申报工作的通知", "…认定的通知")
# is open to the holders of the tags it is applied for by (vocabulary `applied_for_by`).
APPLIED_FOR = vocabulary.applied_for_by()
# (not a reward, a review or a higher tier for those who hold it: "…认定奖励资金", "…认定复核",
# "专精特新中小企业申报国家级专精特新“小巨人”企业")
APPLIED_FOR_AFTER = re.compile(r"^[”\"」’]?(?:的)?(?:申报|认定|遴选|评价|推荐)(?!奖|补|资金|复核|复审|后)"
                               r"(?![^，。]{0,16}?(?:小巨人|冠军|企业))")
# A province's own 小巨人 tier ("省级专精特新“小巨人”企业", "湖北省专精特新小巨人企业", "自治区级…") is not
# chosen among the 专精特新中小企业 as MIIT's is (read in the title from a few characters before the term;
# a title naming the national tier too, "国家级和省级…", opens MIIT's).
PROVINCIAL_TIER = re.compile(r"(?:省|自治区)级?[“”\"「]?(?:专精特新)?[“”\"「]?小巨人")
PROVINCIAL_TIER_REACH = 4
NATIONAL_TIER_TOO = re.compile(r"国家级[和及与、](?:省级|自治区级)?$")
# What a call or a list recognises is read in a body too where the text says it organises that
# recognition: "现开展2025年省级企业技术中心认定工作", "开展…公共服务平台申报", or lists the recognised:
# "…等6家单位列入…制造业创新中心创建名单".
# (Read up to RECOGNITION_REACH characters after the verb, within its clause.)
RECOGNITION_VERB = re.compile(r"开展|组织|做好|启动|实施|列入|纳入")
RECOGNITION_CLAUSE_END = re.compile(r"[。，,；;：:]")
RECOGNITION_REACH = 50
RECOGNITION_NOUN = re.compile(r"申报|认定|遴选|备案|评价|推荐|名单")  # not 建设: "开展智能工厂建设诊断" is a topic
RECOGNITION_AFTER = re.compile(r"^[^。，,；;：:]{0,4}?(?:" + RECOGNITION_NOUN.pattern + ")")
# A call for the green-manufacturing lists names parks among what it recommends ("本年度绿色制造名单推荐包括绿色工厂、
# 绿色工业园区、绿色供应链管理企业", "征集绿色工厂、…、绿色工业园区培育库名单"): the park applies, as its firms do (10 of
# the 11 labelled calls naming a 绿色工业园区 or 绿色园区 tag 政府园区, r146_17, r161_05, r167_01, r221_05, r225_04 among
# them), listed with the other green categories or recommended ("推荐的绿色工业园区是…"); not a park firms are
# encouraged to create or join ("鼓励工业企业创建…绿色园区", r168_12; "鼓励企业积极参与绿色工业园区建设", a reviewer's), nor
# one a call names as its aim ("为打造国家级绿色工业园区，现面向园区内企业征集…", a reviewer's).
# (…and the factories and supply-chain firms it recommends beside them are firms: 5 of those 7 calls tag 企业, 2 制造企业)
GREEN_PARK = re.compile(r"(?:(?<=[、和及])|(?<=(?<!参)与)|(?<=推荐的))绿色(?:工业)?园区|绿色(?:工业)?园区(?=[、和及与])")
GREEN_FIRMS = re.compile(r"绿色工厂|绿色供应链管理(?:示范)?企业")
FIRMS_CREATE_BEFORE = re.compile(r"企业[^。；，,]{0,6}?创建[^。；]*$")
# Tags read in a call's body only from eligibility sections or sentences naming the applicants
# ("申报主体应为区级人民政府…"), not from any sentence about applying ("在高新区的企业…申报").
STATED_ONLY_TAGS = frozenset(tag.name for tag in vocabulary.tags() if tag.stated_only)

# A department (a county's 中小企业主管部门) is an applicant only in a sentence naming the applicants;
# elsewhere it reviews and recommends.
DEPARTMENT_TERM = re.compile(r"部门$")
# A government or a zone's committee reviews and recommends too where its clause goes on to do so or to pass the call
# on ("请佛山高新区管委会于11月20日前…形成推荐名单", "各园区管委会…签署初审意见", "请火炬管委会、各区工信部门将本通知发放给…企业",
# "各区人民政府…将调研表通知到辖区内…企业": r462_16, r445_05, r464_10, r469_01): read over brackets and cited titles, not
# into them ("省级以上开发区（以《中国开发区审核公告目录》为准）"), and not past 经, 由, 被 or 须, which make the park what
# others review ("开发区经所在地人民政府审核同意后", "园区由…人民政府推荐申报": the code review's).
_IN_CLAUSE = r"[^，,。；;：\n（(《]"  # a character of the clause, outside brackets and cited titles
_REVIEW_REACH = r"(?:《[^》\n]{0,30}》|[（(][^）)\n]{0,20}[)）]|(?![经由被须])" + _IN_CLAUSE + r"){0,40}?"
REVIEWS_AFTER = re.compile(_REVIEW_REACH + r"(?:推荐|初审|审核|审查|复核|核实|把关|审定|汇总|转发|下发|传达|告知|发放给|通知到"
                           r"|(?:签署|出具)" + _IN_CLAUSE + r"{0,8}?意见)")
# The addressee line of a formal notice ("各县市区工信部门，有关企业、高校、科研院所等单位："): the firms
# and institutes it addresses are the applicants when the text names them nowhere else, the bodies
# it addresses relay the call. Found in the opening of the text, after any heading and document number.
# A zone or district addresses the firms within it without 各: "园区内企业：", "辖区内有关单位：".
ADDRESSEE_LINE = re.compile(r"(?:^|\n)(?:" + ADDRESSEE_LINE_START + r"|[^。，,、\n：:]{1,6}?(?:内|属)(?=[^。，,\n：:]{1,12}[：:]))"
                            r"[^。\n]{0,150}?[：:]")
ADDRESSEE_WINDOW = 400
# An opening line listing bodies by name is an addressee line whatever its first words ("省直有关部门、企业、高等院校、科研院所
# 及各有关单位：", "中国出口信用保险公司广东分公司、…分公司，各有关企业：": r739_04, r724_01): it ends in a colon and every part
# between its commas names a body or a kind of unit, so it reads as the same line beginning with 各 does.
ADDRESSEE_PART_END = re.compile(ADDRESSEE_BODY_END + "$")
# (its parts are split at 及, 和 or 以及 only where they follow the last character of a body's name)
ADDRESSEE_PARTS = re.compile(r"[、，,；;]|(?<=[" + "".join(sorted({word[-1] for word in ADDRESSEE_BODY_WORDS}))
                             + r"])(?:及|和|以及)")
LISTED_ADDRESSEES_REACH = 400  # characters of a line listing its addressees
# A line closing on who said something, not whom the text addresses ("各参会企业、商会代表纷纷表示：", "…负责人强调：").
SPEECH_BEFORE_COLON = re.compile(r"(?:表示|强调|指出|认为|介绍|说|讲话|发言)\s*[：:]$")
# Universities asked to send their students to an event relay it ("请各高校组织应届毕业生参加", the review's).
STUDENTS_SENT = re.compile(r"(?:高校|高等院校|院校|学校)[^。；，,]{0,6}?组织[^。；]{0,20}?(?:毕业生|学生)[^。；]{0,10}?参加")
# Addressees that only pass a call or an event on (subjects._add_addressees): universities sending their students; the
# universities and firms of a contest persons enter or of a talent programme, whose persons apply.
RELAYED_FOR_STUDENTS = frozenset({"高校院所"})
RELAYED_FOR_PERSONS = frozenset({"高校院所", vocabulary.GENERIC})
# A university's office passing a call to its own schools ("各学院（部）：", "各学部、系：", "各处室、系部：",
# "校属各单位：") or organising its own applications ("现将我校组织推荐工作通知如下"), where no applicants are
# stated: the university applies (高校院所). Of the 13 labelled calls so addressed or so opening, 11 tag 高校院所
# (r344_07 among them) and 2 only the teachers applying (人才). 科学院 is an academy's name, not a school's, a
# hospital writes to its 科室、院部, and a line naming government bodies is a government's ("各市人社局，各技师学院：").
UNIVERSITY_UNITS = re.compile(r"(?<!科)学院|学部|院系|系部|教学院部|教学单位|校属")
# …or its units as the school's own ("校内各单位：", "全校各单位：": r344_07, r279_14, r285_02), where the opening names
# no school's, education bureau's or Party school's (a middle school's "全校各教研组", "校内各处室、各年级组", a Party
# school's "全校各部门": the code review's).
SCHOOLS_OWN_UNITS = re.compile(r"校内各|全校各")
# Its teachers addressed ("各位老师：", r135_13) count only where the opening names a university's own
# (学校审查, 我校, 科研处) and no school's or education bureau's (中小学, 各校, 教研室, 教育局).
TEACHERS = re.compile(r"老师|教师")
UNIVERSITY_OPENING = re.compile(r"我校|学校|大学|高校|科研处|科技处|社科处")
SCHOOL_OPENING = re.compile(r"中小学|幼儿园|各校|教研|年级|教育局|教育体育局|教体局|党校")
GOVERNMENT_ADDRESSEES = re.compile(r"局|厅|委员会|政府|管委会")
# (an institute organising its own, "我所拟以研究所为依托单位申报1家", likewise: a reviewer's phrasing)
UNIVERSITY_ITSELF = re.compile(r"我(?:校|所)[^。，,；]{0,20}?(?:组织|推荐|申报|申请|有关事项)")
# The persons who apply when a university passes a call on: "申请人在申报系统注册…", "各申报人请于4月24日前完成网上
# 申报", "申请人于6月1日起登录…系统" (r285_03, r285_18, both labelled 人才: inside a university an applicant is a
# researcher; outside one, "申报人应为…企业单位", it may be a firm)
# Persons who apply themselves or are put forward by their units ("个人申报，所在单位审核推荐", "申报人须…",
# "推荐人选", "申报对象：…的青年人才"): the units a talent programme's call is addressed to only recommend them
# (r266_01, r319_07).
# (also with the title between: "选拔推荐陕西省“首席技师”人选的范围是…", r534_06; not units put forward with persons,
# "推荐先进单位和先进个人人选", the code review's)
PERSONS_PUT_FORWARD = re.compile(r"个人申报|本人申报|自荐|申报人|申请人|(?:所在|各)单位[^。；]{0,8}?(?:审核|推荐)"
                                 r"|推荐(?:(?!单位|集体|组织)[^。；，,]){0,12}?人选|候选人"
                                 r"|(?:申报|申请|推荐)对象[^。；]{0,40}?(?:人才|人员|专家|教师|个人)")
PERSONS_APPLY_AT_UNIVERSITY = re.compile(r"(?:申请|申报)人(?![员数])(?:于|在|请|须|应|需|要|务必|按|可)")
# A unit followed by its staff is not the applicant: "企业科研人员、农村科技人才、相关基层科研单位人员，可适当放宽…"
# (r319_10, a talent programme's call), "在…重点产业的企业申报人员" (r319_13); also after a second unit joined to it,
# "高校和科研单位人员", or as its staff in post, "科研院所在职研究人员" (a review's phrasings). The persons are read
# as 人才 from their own words where they apply. Not the workers firms apply for or train ("小微企业职工以工代训补贴",
# "…专业技术人员职业技能提升培训补贴", "企业安全生产管理人员培训班"), nor a firm working with researchers
# ("企业与高校科研人员联合攻关"). Matched at the unit's end. So are its engineers and workers an honour names ("身为企业
# 总工程师的王玉华", "…等6名企业一线工人荣获首届“青海高原工匠”": r392_06, r392_07), also as those among it ("推荐对象：
# 全省各类企业中的一线工人、技术人员", a reviewer's phrasing).
PERSONS_OF_UNIT_AFTER = re.compile(r"(?:[和及、][^，,。；;、\s]{0,6}?(?:单位|院所|机构|高校|企业))?(?:中的?|里的)?(?:在职|在岗|全职)?"
                                   r"(?:(?:科研|科技|研究|专业技术|技术|经营管理|管理|申报|申请|参评)?人员"
                                   r"|(?:(?:总|高级)?工程师|一线(?:技术)?(?:工人|职工|员工)|技术工人)(?!制度|岗位|职称|评审))"
                                   r"(?![^，,。；;]{0,16}?(?:以工代训|岗位补贴|培训补贴|技能提升|培训班|培训))")
# …and its talent and entrepreneurs a persons' programme names, right after the unit ("企业经营管理人才", "优秀企业家":
# r340_05, r342_06; not its teams, which labels split, r319_10, r293_16; not 企业家协会, 企业家数: the second review's).
FIRM_PERSONS_AFTER = re.compile(r"(?:经营管理|专业技术|技术|管理)?人才|家(?![庭属具电园乡数协联俱])")
# Persons of a university named in a title are those persons, not the university ("…高校青年教师教学竞赛", "…高校优秀
# 科技创新团队": a reviewer's phrasings of r249_07 and r249_18's rule).
PERSONS_OF_INSTITUTION_AFTER = re.compile(r"^(?:青年|优秀|骨干|在职)?(?:专任)?(?:教师|教职工|学生|研究生|本科生|博士生|科研人员"
                                          r"|辅导员|(?:科技)?(?:创新)?团队)")

# Sentences that name the applicants outright ("申报主体应为…", "申报单位须为…"; a re-evaluation's, "复评企业限于…有效期内
# 专精特新中小企业", "本次复核对象为…", "复核企业为…": r479_06, r465_04, r493_06, r460_08).
APPLICANT_STATEMENT = re.compile(
    r"(?:申报|申请|参评|送征|建设|牵头|承担|" + _REEXAMINE + r")(?:主体|单位|对象|人|企业)[^。；]{0,8}?(?:须|应|需|必须|均|应当)?"
    r"(?:为|是|限于)|" + SOLVERS_ARE
    + r"|" + NAMED_THE_APPLICANT
    # the type the sentence opens to applications: "统计在经开区的规模以上工业企业均可申报"
    + r"|均可(?:申报|申请)")
# …and, for telling whether places alone are named the applicants, the other ways a sentence names them: "支持对象为园区内
# 规模以上工业企业", "二、支持对象：园区内入驻的中小企业", "龙头企业作为联合申报单位" (the code review's)
APPLICANTS_NAMED = re.compile(r"(?:申报|申请|支持|推荐|补助|奖励|资助)(?:主体|对象)(?:[：:]|[^。；]{0,8}?(?:为|是|限于))"
                              r"|作为(?:联合|共同)?(?:申报|申请)(?:单位|主体)")
# A bureau asked to organise the eligible applicants names them (only them: it is not one of them):
# "积极组织符合条件的园区和企业申报", "组织符合条件的小微企业和创客报名参赛", "组织满足申报条件的企业或园区…申报"
# (r218_19).
ORGANISED_APPLICANTS = re.compile(r"组织[^。；，]{0,4}?(?:符合|满足)[^。；，]{0,30}?的[^。；，]{1,30}?"
                                  # (the act may follow in the next clause: "组织满足申报条件的企业或园区，于8月30日前通过
                                  # 系统提交申报材料", the review's phrasing)
                                  r"(?:[，,][^。；，]{0,30}?(?:提交|报送))?(?:申报|申请|报名)")

# --- kinds of notice ----------------------------------------------------------------------------
# A rough guess of the kind from the title, used only when no classifier has set notice.kind.
KIND_GUESSES = (
    ("digest", re.compile(r"合集|集锦|汇编|汇总|一览|盘点|速递")),
    ("event", re.compile(r"直播|招聘会|培训|沙龙|论坛|宣讲会|对接会")),
    ("interpretation", re.compile(r"解读|问答|答记者问|一图读懂")),
    ("publicity", re.compile(r"公示|名单|拟立项|拟认定|拟入选|获奖")),
    ("call", re.compile(r"申报|征集|报名|申请|认定工作|遴选|推荐")),
    ("policy", re.compile(r"印发|方案|措施|意见|指引|办法|规定|细则|征求意见")),
)

# --- titles ---------------------------------------------------------------------------------------
# The issuing bodies a formal title opens with ("北京市科学技术委员会、中关村科技园区管理委员会关于征集…"):
# names of issuers, never applicants.
TITLE_ISSUER = re.compile(
    r"^[^，。！!？?“”《》]{2,60}?(?:局|厅|委员会|委|部|办公室|办公厅|人民政府|管委会)(?:等[^，。关]{0,4}部门)?(?=关于)")
# A zone a title opens with (after 关于 and its city's name at most), before a year or an act of its own
# ("关于江宁开发区2024年…申报通知", "关于高新区组织开展…认定工作的通知", "苏州工业园区2021年第三季度…公示")
# issues or hosts the programme (of the 10 labelled titles naming a zone before a year or such an act, none
# tags 政府园区); not a zone applied for ("关于申报2024年度省级高新区支持资金的通知", "关于组织省级高新区
# 开展创新能力评价工作的通知").
ZONE_PROGRAMME_BEFORE = re.compile(r"(?:^|关于)[\u4e00-\u9fff]{0,8}$")
ZONE_PROGRAMME_AFTER = re.compile(r"\d{4}|组织|开展|促进|推动|加快|关于|做好|启动|举办|召开")
ZONE_APPLIED_FOR_BEFORE = re.compile(r"申报|申请|推荐|组织|开展|认定|评价|省级|国家级")
# The addressees a text without a title may open with, before any sentence: bodies, zones and firms
# ("浉河区、平桥区工信局、财政局，高新区…主管部门：", "十街镇、两园区：", "园区内企业："). A title derived
# from such a text is read after them.
OPENING_ADDRESSEE = re.compile(
    r"^\s*[^。；;：:\n《“]{1,150}?(?:局|厅|委|办|部门|单位|企业|高校|院所|管委会|政府|园区|街镇|镇|街道)[：:]")
# An exclamatory hook before the real title ("含专精特新认定奖励！2025年…专项资金正在申报").
TITLE_HOOK = re.compile(r"^(?P<hook>[^！!]{1,20})[！!]\s*(?P<main>.+)$")
# …but a hook that is only the act ("公开征集！长寿区2026年重点民生实事建议请您来提", "征集！2024年某街道民生实事由你来决定！":
# r422_05, r413_05) opens the title it belongs to, which is read whole.
ACT_ONLY_HOOK = re.compile(r"(?:公开|面向社会|有奖|意见|建议)?(?:征集|征求|招募)(?:令|啦|中|开始|启动|进行中)?")
# Hooks that name a subject as a benefit or a topic, not as the applicant: "专精特新加分项",
# "事关专精特新", "建立高企、专精特新培育库". "含专精特新认定奖励" does name rewarded applicants.
HOOK_NOT_SUBJECT = re.compile(r"加分项|事关|建立|培育库|加快培育|利好|速看|重磅|解读|划重点")
# In a policy or interpretation, a subject counts only as the declared beneficiary of the measures.
POLICY_BENEFICIARY = re.compile(
    r"(?:助力|支持|扶持|帮扶|惠及|服务|促进|关于)[^，。！]{0,6}?(?P<subject>[^，。！、]{2,12}?)(?:高质量)?发展"
    r"|(?P<direct>小型微利企业|小微企业|高新技术企业|软件企业|技术先进型服务企业|科技型中小企业)"
    r"(?:减半征收|所得税|认定管理办法|认定条件|税收|优惠)"
)
# In a policy title, an enterprise type followed by these is what the rule governs: "高新技术企业认定
# 工作操作规程", "科技型中小企业评价办法", "小型微利企业所得税减免问答", or whose application it explains
# ("专精特新“小巨人”企业申报和复核程序", "高新技术企业申报指南", "企业申请稳岗返还应满足什么条件？"),
# also through 的 ("规范…企业的认定管理").
POLICY_OBJECT_AFTER = re.compile(r"^的?(?:认定|评价|入库|备案|申报|申请|享受|复核|减半征收|所得税|税收|优惠|税前)")
# Firms in general only when the title has them apply for the measure ("企业申请稳岗返还应满足什么条件？").
POLICY_APPLICANT_AFTER = re.compile(r"^(?:如何|怎样|怎么|可以|可)?(?:申请|申报|享受)")
# In an interpretation's title, a carrier followed by these is what the explained rule governs, and so whom
# it explains it to: "…科技企业孵化器、众创空间管理办法", "…企业技术中心认定管理办法》政策解读", "…孵化器
# 管理办法，推动孵化器高质量发展" (r135_05, r130_18, r158_13: every labelled interpretation so titled tags it), and
# so are service providers a pool admits ("…数字化服务商管理办法", "…提供商遴选管理办法》解读", "暂停科技服务机构…扶持政策
# 受理": r450_13, r454_06). The rule must manage or support them: a guide for choosing one ("…选用数字化服务商的指引")
# is for the firms that choose.
GOVERNED_CARRIERS = vocabulary.carrier_tags()
GOVERNED_AFTER = re.compile(r"(?:[、和及与][^，。、]{0,8}?)?的?(?:(?:认定|备案|评价|培育|建设|运行|管理|遴选|入库|扶持|支持)"
                            r"(?:与|和|及)?){1,3}(?:办法|细则|规定|指引|指南|政策|措施|(?:工作)?的(?:通知|若干措施|(?:指导|实施)?意见))")
# Topics whose beneficiaries are one type by definition (when the title names no type itself).
POLICY_TOPICS = (
    (re.compile(r"研(?:究开)?发费用(?:税前)?加计扣除"), "企业"),
    # a policy on attracting or growing talent: "…城市人才政策", "…引进顶尖人才（团队）实施办法", "…科技创新人才集聚项目
    # 管理办法", "关于实施人才发展新政策…的意见" (r149_03, r158_07, r162_19, r149_09, r134_08: all 5 labelled policies
    # and explainers so titled tag 人才; not a strategy's slogan, "…人才强省战略规划", a development plan, "…人才发展规划",
    # workforce building, "…人才队伍建设", nor the archives of talent, "…引进人才档案管理工作")
    # …and the rules recognising or grading talent ("…人才分类评价实施办法", "…人才认定办法": r468_02, r431_12's explainer;
    # not reforms of how talent is evaluated, "…深化人才评价机制改革的意见", nor the bodies that evaluate it, "技能人才评价机构
    # 管理办法": the code review's)
    (re.compile(r"人才[^，。《》]{0,4}?政策|人才(?:集聚|力量)"
                r"|(?:引进|集聚|引育|吸引)[^，。《》]{0,10}?人才[^，。《》]{0,12}?(?:办法|措施|细则|政策)"
                r"|人才(?:分类)?(?:认定|评价|评定)(?:实施|管理|暂行)?(?:办法|细则|标准|目录)|人才分类目录"), "人才"),
)
# A policy that lists who may apply ("满足以下条件之一的，均可向区科技局申请补贴：") or whom it supports
# ("本办法的支持对象如下：", "资助对象包括：").
POLICY_APPLICANTS = re.compile(
    # the holder may come first: "在本市参保的企业具备下列条件的，可以享受稳岗返还政策："
    r"[^。：:\n，,；;]{0,20}?(?:符合|满足|具备)(?:下列|以下)条件(?:之一)?的[，,]?[^。：:\n]{0,20}?(?:可以|可|均可)"
    r"[^。：:\n]{0,20}?(?:申请|请求|申报|享受)[^。：:\n]{0,20}[：:]"
    r"|(?:支持|资助|扶持|补助|奖励|适用)对象(?:如下|为|包括)[：:]"
)
# Tags read from such a list: kinds of applicant, not the platforms it may mention.
POLICY_LIST_TAGS = APPLICANT_TAGS
# An enumerated item: "（一）…", "1.…", "1、…", "①…".
LIST_ITEM = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[.、．]|[①②③④⑤⑥⑦⑧⑨⑩])")
# A call or list for persons: "高端人才申报", "知识产权专业人才奖励", "紧缺人才", "领军型创新人才引进培育项目",
# and honours only persons hold ("先进工作者", "代表性传承人", "技能大师", "乡村工匠"; not 工匠精神, nor a
# base that trains them, "高技能人才培训基地"), and experts collected for a pool ("科技专家库专家征集"); a programme
# or award of 英才 ("“兴滇英才支持计划”申报", "江海杰出英才奖", "中原英才计划": r216_04, r200_11, r135_10; the labelled
# calls so titled all tag 人才), not an action named after them that service firms join ("…参与“英才集聚”行动").
YINGCAI_PROGRAMME = r"英才[”\x22」]?(?:支持|培育|培养)?(?:计划|奖|工程)"
# Professional titles evaluated, which persons apply for ("关于开展全省新一轮职称信息化申报评审工作的通知", "为做好自治州
# 2025年度职称评审工作，…": r431_06, r495_04, both tagged 人才 alone; the units addressed pass the call on).
# (not where something after names another beneficiary or object: a firm's subsidy for its engineers' titles, "…企业职称评审
# 补贴", firms piloting their own evaluation, "…职称评审权限下放试点企业遴选": the code review's; an aside in brackets names
# whose titles, "职称评审工作（企业专业技术人员）": the third review's)
PROFESSIONAL_TITLES = (r"职称(?:信息化)?(?:申报|评审|评定|评聘|认定)"
                       r"(?![^，。（(]{0,12}?(?:补贴|奖励|资助|试点|权限|单位|企业|机构|委员会))")
PROFESSIONAL_TITLES_APPLIED_FOR = re.compile(PROFESSIONAL_TITLES)
TITLE_TALENT = re.compile(r"人才(?!服务|工作|办|中心|市场|政策|公寓|驿站|发展|培训基地)|" + YINGCAI_PROGRAMME
                          + r"|先进(?:工作者|个人)|传承人|技能大师|首席技师|劳动模范|工匠(?!精神|学院|工作室)|技术能手|带头人"
                          # (a master craftsman of arts and crafts, a title persons are put forward for: "…郑州市工艺美术
                          # 大师评选工作的通知", "…第七届中国工艺美术大师评选推荐工作", r782_05, r782_12, both tagged 人才)
                          # (not a studio, station or base named after them, firms employing them, their works shown or
                          # the rules for them: "…大师创新工作站认定", "…大师引进企业奖励", "…大师精品博览会", "…工艺美术
                          # 大师评审办法》修订意见", the code reviews')
                          r"|工艺美术大师(?![^，。]{0,4}?(?:工作室|工作站|基地|引进|所在|聘用|企业|精品|作品|博览|展"
                          r"|办法|细则|规定|条例))"
                          # (a friendship award honours the foreign experts nominated: "关于…中国政府友谊奖申报工作的通知",
                          # "…江苏友谊奖申报工作…", r539_07, r539_08, both tagged 人才)
                          r"|友谊奖"
                          # (staff recruited: "…县招聘教师70人公告", r297_05, r297_06)
                          # (not a firm's hiring subsidised, "…企业招聘人员社保补贴")
                          r"|招聘(?!会|月|周)(?![^，。]*(?:补贴|补助|奖励|社保))[^，。]{0,12}?(?:教师|人员|人才|医生|医护|辅导员)"
                          r"|专家库|专家(?:征集|遴选|入库)|(?:征集|遴选)[^，。]{0,6}?专家(?!服务|工作站|推荐|需求|咨询|意见)"
                          # experts recommended, appointed, chosen or listed ("关于推荐申报某市科技评审专家的通知", r270_13;
                          # "2022年市有突出贡献中青年专家名单公布", r277_05; "…评审专家选聘公告", "…有突出贡献中青年专家评选",
                          # "…公共服务专家推荐工作": the review's phrasings); not an expert workstation, a review by experts or
                          # their opinions, nor an expert's project ("…申报…首席专家2020-2021年度《…》项目的公示", r273_10)
                          r"|(?:推荐|申报|选聘|评选|选拔)[^，。]{0,20}?专家(?!服务|工作站|咨询|意见|评审|论证|委员会|[^，。]{0,40}?项目)"
                          r"|专家(?:选聘|评选|选拔|推荐工作|推荐申报|名单)"
                          # professional titles evaluated, which persons apply for (PROFESSIONAL_TITLES)
                          r"|" + PROFESSIONAL_TITLES)
# A report's first sentence names who took part: "6月24日，区科技局举办…培训", "本报讯…".
REPORT_OPENING = re.compile(r"\d{1,2}月\d{1,2}日|近日|日前|本报讯|召开|举行|举办|参加了|参训")
# A derived title with a clause break is a sentence ("根据…，现予以公示"), not the text's own heading.
CLAUSE_BREAK = re.compile(r"[，,]")
# A call for a science and technology award that names no applicants (nor addresses any) honours the researchers
# who did the work ("…省科学技术奖提名工作", "申报…山东医学科技奖", "…中华农业科技奖申报", "…社会科学优秀成果奖申报":
# r242_10, r285_05, r285_17, r279_18; with r285_16 and r285_18, six of the seven labelled calls so titled tag 人才);
# not a patent or quality award, which firms and institutes win, nor the lists of projects the awards receive
# (every labelled publicity of them tags none), nor a trade's award that units enter ("…有色金属工业科学技术奖", r299_09
# labelled none) or money (科技奖补, 奖金)
RESEARCH_AWARD = re.compile(r"(?<!工业)(?<!行业)(?:科学技术|科技|科学研究优秀成果|社会科学优秀成果)奖(?![励补金])")
# A government quality award (政府质量奖, 市长质量奖, 中国质量奖, 某省质量奖) is won by 组织, the excellence model's word
# for the firms and institutions it rates, and by persons: "授予…的组织，以及…的个人", "申报对象为…生产经营3年以上的组织",
# "申报组织应…", "分为组织奖和个人奖", "请我区申报单位和个人…提交" (r432_12, r446_01, r446_06, r446_12, r456_02: all tag
# 企业, and 人才 where persons win it too). Not a school's 教学质量奖 or a works' 工程质量奖, nor rules of rewards and
# penalties (质量奖惩); not the organising of applications ("做好辖区内申报组织工作"), those warned off ("严禁任何组织和个人…")
# or those who may recommend ("请各有关单位、组织和个人积极推荐候选人"). The award is named in the title or the opening lines.
QUALITY_AWARD = re.compile(r"(?:政府|[省市区县州]长?|中国|全国)质量(?:管理)?金?奖(?![励补金惩])")
QUALITY_AWARD_OPENING_LINES = 2
# (not those who may recommend, object or watch: "…均可提名", "单位和个人如有异议", "接受单位和个人监督": the code reviews')
_ORGANISATIONS_AND_PERSONS = (r"(?<!任何)(?:组织|单位)(?:和|及|或|、|以及)个人"
                              r"(?![^，,。；;]{0,6}?(?:推荐|提名|异议|监督|举报|反映))")
AWARDED_ORGANISATIONS = re.compile(
    r"(?:申报|参评|获奖|候选)组织(?!工作|实施|开展|管理)|" + _ORGANISATIONS_AND_PERSONS + r"|的组织(?=[，,；;。、]|以及)|组织奖")
AWARDED_PERSONS = re.compile(_ORGANISATIONS_AND_PERSONS + r"|个人奖|(?<=的)个人(?=[，,；;。]|$)")
# In a title derived from a body sentence, only a programme for talent names them: "…科技人才创新项目…", and one of 英才
# whose applications or selection are organised ("根据…《关于开展2024年“某某英才计划”申报评选工作的通知》要求", r468_05;
# not the rules it cites, "根据《某某英才计划实施办法》", nor its stations, "英才驿站": the code review's)
# (not "深化…人才评价改革", "国际人才交流大会").
TALENT_PROGRAMME = re.compile(r"人才(?:创新|创业|引进|培育|培养)?(?:项目|计划|工程|专项|奖励|资助)"
                              r"|" + YINGCAI_PROGRAMME + r"[”\x22」]?[^，。；《》]{0,12}?(?:申报|评选|推荐|遴选|选拔)"
                              r"|" + PROFESSIONAL_TITLES)
# A subject named with 优先 in a title is preferred, like one in a preference clause ("专精特新企业优先申报").
TITLE_PRIORITY = re.compile(r"优先")
# In an event's title, a type followed by these is the event's topic, not its addressee: "高新技术企业认定
# 把脉辅导活动", "高新区规上企业入库工作推进会".
# (also what the event is named after or looks into, "…中小企业圆桌会议", "中国国际中小企业博览会", "全区工信系统中小企业
# 发展工作会议", "…开展工业中小企业运行情况调研": r176_01, r206_06, r190_07, r160_06, r198_02, every labelled event so
# titled tags none)
EVENT_TOPIC_AFTER = re.compile(r"(?:认定|申报|入库|培育|评价|复审|复核|圆桌|博览会|交易会|展览会|发展工作|运行情况|发展情况)")
# …and one whose promotion or cultivation the event is about: "…召开促进中小企业平稳健康发展电视电话会议",
# "…围绕培育专精特新企业开展专题调研", "全市推进中小企业高质量发展工作会议召开" (r144_17, r149_02, r149_12),
# "…赴某市调研中小企业发展情况".
EVENT_TOPIC_BEFORE = re.compile(r"(?:培育|促进|支持|推动|推进|助力|扶持|围绕|调研)$")
# Spaces between two Chinese characters of a title (a page's line or layout breaks).
SPACE_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")
# A type counted where a publicity says what it lists: "绿色工厂143家", "绿色工厂共120家", "规上企业安排6项",
# "确定105家企业为省级绿色工厂", "105家省级绿色工厂、4家绿色供应链管理企业名单" (units, not persons: "12名
# 同志为某研究院项目经理" names no 研究院).
LISTED_COUNT_AFTER = re.compile(r"\s*[：:]?\s*(?:共|计|合计|安排)?\s*[（(]?\d+\s*(?:家|个|户|项)")
LISTED_COUNT_BEFORE = re.compile(
    r"\d+\s*(?:家|个|户|项)(?:[^，,。；;、]{0,8}?(?:为|列为|认定为|确定为)[^，,。；;、]{0,12}"
    r"|(?:国家级|省级|自治区级|市级|区级|县级)?)$")
LISTED_COUNT_REACH = 40
# A group of firms counted by the step it went through is the listed type counted again: "高新技术企业356家，
# 其中新认定企业200家、重新认定企业156家", "共涉及企业1200家" (not a group of its own, "一般企业2项").
COUNTED_AGAIN_BEFORE = re.compile(r"(?:认定|入库|申报|涉及|推荐|评价|通过|备案|共|合计)[^，,。；;、]{0,4}$")
COUNTED_AGAIN_REACH = 8
# …and so is a group of firms counted as becoming the type: "等356家企业为高新技术企业".
COUNTED_AS_AFTER = re.compile(r"\s*(?:为|作为|列为|认定为|确定为)")
# Places a publicity lists by name, three or more county-level names joined by 、 ("缙云县、龙泉市、松阳县", "成都市：双流区、
# 彭州市、金堂县": r395_13, r395_09, r391_07, r261_06; all 12 labelled publicity texts with such a run tag 政府园区).
# Each name is checked against the gazetteer.
NAME_RUN = re.compile(r"[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12}){2,}")
# …or a county a publicity designates as the programme county it selects, a designating verb in the clause before it,
# with what it grows or makes in brackets or not, the designation quoted or not: "拟推荐浦北县（陈皮）为中药材推进县",
# "最终确定…试点县为长岭县", "拟新增…宁强县（油菜）为我省农作物良种繁育基地县", "拟推荐沭阳县为“全国休闲农业重点县”"
# (r500_02, r506_08, r463_16 and the code review's; every labelled list so worded tags 政府园区); not a county describing
# itself, "沭阳县为全国花木第一大县" (the code review's). The place is checked against the gazetteer.
# (one list of the verbs a list names its entries with, here and for institutes below; not 评选 or 推荐 as a noun,
# "评选由…主办", "经单位推荐、…": the code review's)
LISTING_VERB = r"(?<!经)(?<!单位)推荐|确定|认定|命名|新增|遴选|评定|拟定|列为|批准|同意|授予|选派|拟对|现对"
LISTING_VERBS = re.compile(LISTING_VERB)
_DESIGNATED_COUNTY = r"县[”\"」]?(?:[（(][市区旗、]{1,5}[)）])?"
PLACE_BEFORE_DESIGNATION = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,12})(?:[（(][^（()）。，,]{1,12}[)）])?为[“\"「]?"
                                      r"[^，,。；;、（(“”]{0,24}?" + _DESIGNATED_COUNTY + r"(?=[，,。；;、\s]|$)")
PLACE_AFTER_DESIGNATION = re.compile(_DESIGNATED_COUNTY + r"为(?P<name>[\u4e00-\u9fff]{2,12}?)(?=[，,。；;、\s（(]|$)")
# A university or research institute a publicity lists by its name ("确定中国农业科学院郑州果树研究所为…", "拟推荐东北大学、
# 辽宁省农业科学院、沈阳农业大学", "拟授予上海工程技术大学…": r502_05, n_049, r433_02; 9 of the 14 labelled lists naming one
# tag 高校院所): an entry of the list a listing verb governs, its name right after the verb, or after 、/和/与/及 with the
# verb earlier in its clause, or first after a colon (not a venue, a host, the reviewers' universities or a partner,
# "在…大学…召开", "…学院承办", "来自…大学等高校的专家", "均与国内知名大学建立合作": the code reviews').
INSTITUTE_WORD = re.compile(r"大学|(?<!技师)学院|科学院|研究所")
INSTITUTE_ENTRY_BEFORE = re.compile(r"(?:(?P<verb>" + LISTING_VERB + r")|[、和与及：:])"
                                    r"(?P<name>(?:(?![和与及])[\u4e00-\u9fff]){2,14})$")
INSTITUTE_CLAUSE_REACH = 200
# …not a technician college, which labels leave out twice (r445_16, r451_02), nor, by what follows the word: a university
# town, road or campus, its science park ("华中科技大学科技园", r483_12), its students, graduates, academicians,
# professors or staff, its hospital or school ("…大学医学院附属第一医院", "…大学第一医院"), a firm named after it
# ("…研究所有限公司"), persons or a team or group of it ("…学院张三等20人", "…研究所倒装焊封装组", a Jiangsu dev notice's,
# labelled as persons), hosts and reviewers: the code reviews'; nor an institute a firm runs (r458_09, FIRM_IN_NAME).
NOT_THE_INSTITUTE_AFTER = re.compile(
    r"(?:城|路|街|校区|科技园|生|毕业|学生|研究生|博士|硕士|本科|院士|教授|副教授|研究员|专家|党委|书记|校长)"
    r"|[^、，,。；;和与及]{0,10}?(?:附属|医院|中学|小学|学校|出版社|有限公司|有限责任公司|股份|公司)"
    r"|[^、，,。；;]{0,12}?(?:等\d+(?:人|名)|课题组|项目组|团队|组(?=[、，,。；;等\s]|$))"
    # (read to the end of its 、-list: "某某大学、某某学院承办", "…大学等高校的专家")
    r"|[^，,。；;]{0,30}?(?:承办|主办|协办|受托|的专家|专家组|对[^，,。；;]{0,20}?(?:评审|评估))")
FIRM_IN_NAME = re.compile(r"公司|集团")
# Units a title names beside persons ("…获奖单位和个人", "…先进集体和先进个人", "…技能大师工作室资助名单", "院士工作站和
# 高层次人才…", "…高技能人才培训基地"); not a word qualifying the persons ("企业首席技师", "企业家": the code review's).
UNITS_IN_TITLE = re.compile(r"(?:单位|集体|企业|公司|工作室|工作站|基地|中心|平台|组织|机构|团体|协会|学校|医院)"
                            r"(?!家|[^，。、和及]{0,2}?(?:职工|员工|首席|技师|工人|人才|经营者|负责人))")
# Listing sentences of a publicity: what the list contains.
# (also as news tells it: "…等14个单位榜上有名", "…3家企业成功获评…", "…凭借雄厚实力上榜", "我省有5家养殖场被评为…", r392_14,
# r376_08, r377_17, r386_02)
# (not an honour held before, "…先后荣获国家高新技术企业…等称号": the code review's)
LISTING_CUES = re.compile(r"名单|拟|入库|备案|认定|授予|批准|确定|公示|公布|入选|立项|资助|扶持|奖补|奖励"
                          r"|榜上有名|上榜|(?<!先后)(?<!多次)(?<!曾)(?<!曾经)(?:获评|荣获"
                          # (被评为 not after a time it happened before, "去年被评为…": the code review's)
                          r"|(?<!年)(?<!此前)(?<!已)(?<!早)被评为)")
# …and those reporting an acceptance or evaluation, read only for what they count ("共有28家科技研发平台
# 通过验收", "对…107家省级工程技术研究中心进行了绩效考评": r46_07, r57_14), not for who evaluated
# ("组织高校院所专家对32家孵化器进行了评估").
EVALUATION_CUES = re.compile(r"验收|考评|考核|评估|复核")
# A sentence opening on what the sentence before it listed, counted by type ("其中，绿色工厂195家、…", "包括创新团队5支、…");
# not one telling of one of them ("其中，某某牧业有限公司去年被评为高新技术企业", round 50's review; "…为高新技术企业，近三年获
# 授权发明专利12项", "其中某某股份有限公司获批…3项", "其中，某某机械厂获授权发明专利12项": the code reviews'): the first
# item after it is counted, no verb before its count (获, 为, 被, 是, 得), an aside in brackets passed over
# ("绿色工厂（含国家级、省级）120家").
COUNTED_AMONG_THEM = re.compile(r"\s*(?:其中|包括)\s*[，,：:]?\s*(?:(?!公司|集团)(?:[（(][^）)]{0,12}[)）]|[^，,、。；;获为被是得])){1,20}?"
                                r"[\d一二三四五六七八九十百]+\s*[家个所项名支人户位]")
# The clause of a publicity putting its list up ("现将…的评价结果予以公示", "名单公布如下", "现予公示", "现对…进行公示").
LIST_PUT_UP = re.compile(r"(?:予以|现予)(?:公示|公布|公告)|(?:公示|公布|公告)如下|现将[^，,。；;]{0,80}?(?:公示|公布)"
                         r"|现对[^，,。；;]{0,80}?进行(?:公示|公布)")
# …before the list itself ("现将…公示如下："), which runs on to a clause asking or telling anyone anything.
LIST_FOLLOWS = re.compile(r"如下\s*(?:[:：]|$)")
LIST_ENDS_AT = re.compile(r"(?<![申邀聘])请|告知|联系|反映|咨询")
# A stock a text counts, not what its list holds ("全市累计培育高新技术企业1560家", "截至目前，我区已有…").
STOCK_COUNTED_BEFORE = re.compile(r"累计|截至|截止|现有|已有|拥有|总数|先后|已认定|已培育|以来")

# A sentence opening with its purpose ("为深入实施…，推动…与高校院所合作，现征集…"), and where what it does
# begins: the basis, the act or the body acting after a comma ("…，市工信局组织开展…").
PURPOSE_OPENING = re.compile(r"^\s*为(?!期|准|止|主)")
_BASIS = r"根据|按照|依据|结合|遵照"
_ACT = r"现|特|经|决定|拟|我[局厅委市区县]|[省市区县州][^，,。]{0,12}?(?:局|厅|委|办|政府)"
AFTER_PURPOSE = re.compile(r"(?<=[，,])\s*(?:" + _BASIS + "|" + _ACT + ")")
# …and, for a policy's first sentence, the basis its act follows ("根据《…》，现将…印发给你们"): the documents it cites
# are not the policy.
BASIS_OPENING = re.compile(r"\s*(?:" + _BASIS + ")")
ACT_AFTER_BASIS = re.compile(r"(?<=[，,])\s*(?:" + _ACT + ")")
# …though whom the purpose supports is whom the call targets ("为支持科技型中小企业加大研发投入，…"):
# the object of a verb of support, up to a joint ("支持企业与高校院所合作" supports 企业).
PURPOSE_SUPPORTS = re.compile(r"(?:支持|扶持|鼓励|引导|培育|助力|帮助)(?:全市|全省|全区|我市|我省|本市|广大|更多)?"
                              r"[^，,。与和及同]{1,12}")
