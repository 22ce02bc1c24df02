"""huiqi command line (placeholder until the ingest commands land)."""
import click


@click.group()
def main():
    """huiqi: Chinese policy notices for enterprises."""
