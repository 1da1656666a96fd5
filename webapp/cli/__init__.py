"""Command-line interface (a contract: later tooling depends on these names)."""

from flask import Flask


def init_app(app: Flask) -> None:
    """Register every command group."""
    from .alerts import send_alerts
    from .backup import backup_command, restore_command
    from .database import db_group
    from .demo import seed_demo
    from .mail import send_mail_command
    from .ranking import index_group, rank
    from .transfer import export_command, import_group
    from .users import create_admin
    from .weights import weights_group

    for command in (
        db_group,
        create_admin,
        seed_demo,
        import_group,
        export_command,
        index_group,
        rank,
        send_alerts,
        send_mail_command,
        backup_command,
        restore_command,
        weights_group,
    ):
        app.cli.add_command(command)
