"""Importers: each turns a source into validated `CaseRecord`s; `emr_fixtures.store` writes them."""
