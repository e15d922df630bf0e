from django.db import migrations


def create_tables(apps, schema_editor):
    from bezirkspartner.knowledge.search import create_index_tables

    create_index_tables(schema_editor.connection)


def drop_tables(apps, schema_editor):
    from bezirkspartner.knowledge.search import FTS_TABLE, PG_TABLE

    with schema_editor.connection.cursor() as cursor:
        table = FTS_TABLE if schema_editor.connection.vendor == "sqlite" else PG_TABLE
        cursor.execute(f"DROP TABLE IF EXISTS {table}")


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0002_searchdocument")]

    operations = [migrations.RunPython(create_tables, drop_tables)]
