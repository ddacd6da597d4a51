"""The database: tables, engine, migrations, repositories. Never imports Qt."""
