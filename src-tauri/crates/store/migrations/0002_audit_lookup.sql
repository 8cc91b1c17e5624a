-- Exporting a client looks up its audit entries by entity.
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
