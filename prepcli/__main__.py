from prepcli.cli import app

app(prog_name="prepcli")
