# ruff: noqa: E501  (one statement a line reads best; these lines are generated)
"""Camino's directory schema as SQLite stores it: the statements ``db.models`` creates.

The kiosk checks every directory file against these without importing SQLAlchemy (slow to load);
``tests/test_hostile_directory.py`` fails when the models change and this copy does not. Regenerate
with ``python -m db.schema_check --ddl``.
"""

DDL = (
    'CREATE TABLE organization ( id VARCHAR NOT NULL, name VARCHAR NOT NULL, alternate_name VARCHAR, description TEXT, email VARCHAR, website VARCHAR, legal_status VARCHAR, year_incorporated INTEGER, PRIMARY KEY (id) )',
    'CREATE TABLE taxonomy_term ( id VARCHAR NOT NULL, code VARCHAR, name VARCHAR NOT NULL, description TEXT, parent_id VARCHAR, taxonomy VARCHAR, PRIMARY KEY (id) )',
    'CREATE INDEX ix_taxonomy_term_code ON taxonomy_term (code)',
    'CREATE TABLE question ( id VARCHAR NOT NULL, position INTEGER NOT NULL, kind VARCHAR NOT NULL, facet VARCHAR NOT NULL, optional BOOLEAN NOT NULL, text VARCHAR NOT NULL, help TEXT, PRIMARY KEY (id) )',
    'CREATE TABLE step ( id VARCHAR NOT NULL, phase INTEGER NOT NULL, position INTEGER NOT NULL, title VARCHAR NOT NULL, why TEXT NOT NULL, PRIMARY KEY (id) )',
    'CREATE TABLE localized_text ( entity VARCHAR NOT NULL, entity_id VARCHAR NOT NULL, field VARCHAR NOT NULL, locale VARCHAR NOT NULL, text TEXT NOT NULL, PRIMARY KEY (entity, entity_id, field, locale) ) WITHOUT ROWID',
    'CREATE TABLE zip_centroid ( zip VARCHAR NOT NULL, latitude FLOAT NOT NULL, longitude FLOAT NOT NULL, PRIMARY KEY (zip) )',
    'CREATE TABLE directory_meta ( "key" VARCHAR NOT NULL, value TEXT NOT NULL, PRIMARY KEY ("key") )',
    'CREATE TABLE service ( id VARCHAR NOT NULL, organization_id VARCHAR NOT NULL, name VARCHAR NOT NULL, alternate_name VARCHAR, description TEXT, url VARCHAR, email VARCHAR, status VARCHAR NOT NULL, interpretation_services TEXT, application_process TEXT, fees_description TEXT, eligibility_description TEXT, alert TEXT, assured_date DATE, last_modified VARCHAR, PRIMARY KEY (id), FOREIGN KEY(organization_id) REFERENCES organization (id) )',
    'CREATE INDEX ix_service_organization_id ON service (organization_id)',
    'CREATE TABLE location ( id VARCHAR NOT NULL, organization_id VARCHAR, location_type VARCHAR NOT NULL, name VARCHAR, description TEXT, transportation TEXT, url VARCHAR, latitude FLOAT, longitude FLOAT, PRIMARY KEY (id), FOREIGN KEY(organization_id) REFERENCES organization (id) )',
    'CREATE INDEX ix_location_organization_id ON location (organization_id)',
    'CREATE TABLE attribute ( id VARCHAR NOT NULL, link_id VARCHAR NOT NULL, taxonomy_term_id VARCHAR NOT NULL, link_type VARCHAR, link_entity VARCHAR NOT NULL, value VARCHAR, label VARCHAR, PRIMARY KEY (link_entity, link_id, id), FOREIGN KEY(taxonomy_term_id) REFERENCES taxonomy_term (id) ) WITHOUT ROWID',
    'CREATE TABLE option ( id VARCHAR NOT NULL, question_id VARCHAR NOT NULL, position INTEGER NOT NULL, value VARCHAR, icon VARCHAR, text VARCHAR NOT NULL, PRIMARY KEY (id), FOREIGN KEY(question_id) REFERENCES question (id) )',
    'CREATE INDEX ix_option_question_id ON option (question_id)',
    'CREATE TABLE step_prerequisite ( step_id VARCHAR NOT NULL, requires_step_id VARCHAR NOT NULL, PRIMARY KEY (step_id, requires_step_id), FOREIGN KEY(step_id) REFERENCES step (id), FOREIGN KEY(requires_step_id) REFERENCES step (id) )',
    'CREATE TABLE step_term ( step_id VARCHAR NOT NULL, taxonomy_term_id VARCHAR NOT NULL, PRIMARY KEY (step_id, taxonomy_term_id), FOREIGN KEY(step_id) REFERENCES step (id), FOREIGN KEY(taxonomy_term_id) REFERENCES taxonomy_term (id) )',
    'CREATE TABLE service_at_location ( id VARCHAR NOT NULL, service_id VARCHAR NOT NULL, location_id VARCHAR NOT NULL, description TEXT, PRIMARY KEY (id), FOREIGN KEY(service_id) REFERENCES service (id), FOREIGN KEY(location_id) REFERENCES location (id) )',
    'CREATE INDEX ix_service_at_location_service_id ON service_at_location (service_id)',
    'CREATE TABLE address ( id VARCHAR NOT NULL, location_id VARCHAR NOT NULL, attention VARCHAR, address_1 VARCHAR NOT NULL, address_2 VARCHAR, city VARCHAR NOT NULL, region VARCHAR, state_province VARCHAR NOT NULL, postal_code VARCHAR NOT NULL, country VARCHAR NOT NULL, address_type VARCHAR NOT NULL, PRIMARY KEY (id), FOREIGN KEY(location_id) REFERENCES location (id) )',
    'CREATE INDEX ix_address_location_id ON address (location_id)',
    'CREATE TABLE phone ( id VARCHAR NOT NULL, location_id VARCHAR, service_id VARCHAR, organization_id VARCHAR, service_at_location_id VARCHAR, number VARCHAR NOT NULL, extension VARCHAR, type VARCHAR, description TEXT, PRIMARY KEY (id), FOREIGN KEY(location_id) REFERENCES location (id), FOREIGN KEY(service_id) REFERENCES service (id), FOREIGN KEY(organization_id) REFERENCES organization (id) )',
    'CREATE INDEX ix_phone_location_id ON phone (location_id)',
    'CREATE INDEX ix_phone_service_id ON phone (service_id)',
    'CREATE INDEX ix_phone_organization_id ON phone (organization_id)',
    'CREATE TABLE schedule ( id VARCHAR NOT NULL, service_id VARCHAR, location_id VARCHAR, service_at_location_id VARCHAR, freq VARCHAR, byday VARCHAR, opens_at VARCHAR, closes_at VARCHAR, description TEXT, notes TEXT, PRIMARY KEY (id), FOREIGN KEY(service_id) REFERENCES service (id), FOREIGN KEY(location_id) REFERENCES location (id) )',
    'CREATE INDEX ix_schedule_service_id ON schedule (service_id)',
    'CREATE INDEX ix_schedule_location_id ON schedule (location_id)',
    'CREATE TABLE language ( id VARCHAR NOT NULL, service_id VARCHAR, location_id VARCHAR, phone_id VARCHAR, name VARCHAR, code VARCHAR, note VARCHAR, PRIMARY KEY (id), FOREIGN KEY(service_id) REFERENCES service (id), FOREIGN KEY(location_id) REFERENCES location (id) )',
    'CREATE INDEX ix_language_service_id ON language (service_id)',
    'CREATE TABLE required_document ( id VARCHAR NOT NULL, service_id VARCHAR NOT NULL, document VARCHAR NOT NULL, uri VARCHAR, PRIMARY KEY (id), FOREIGN KEY(service_id) REFERENCES service (id) )',
    'CREATE INDEX ix_required_document_service_id ON required_document (service_id)',
    'CREATE TABLE cost_option ( id VARCHAR NOT NULL, service_id VARCHAR NOT NULL, option VARCHAR, currency VARCHAR, amount FLOAT, amount_description TEXT, PRIMARY KEY (id), FOREIGN KEY(service_id) REFERENCES service (id) )',
    'CREATE INDEX ix_cost_option_service_id ON cost_option (service_id)',
    'CREATE TABLE rule ( option_id VARCHAR NOT NULL, step_id VARCHAR NOT NULL, PRIMARY KEY (option_id, step_id), FOREIGN KEY(option_id) REFERENCES option (id), FOREIGN KEY(step_id) REFERENCES step (id) )',
)
