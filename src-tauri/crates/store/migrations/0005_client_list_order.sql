-- The client list is read a page at a time in each of its orders, so each order has an index the page
-- is read along (stopping after the page) instead of sorting every client: the name, the last change
-- and the next deadline. Each index also holds the search text, so a search filters inside the index.
-- The next deadline (the earliest planned submission of an application still in progress) is kept on
-- the client by triggers, so every writer (window, CLI, archive import) keeps it right.
ALTER TABLE clients ADD COLUMN next_deadline TEXT;
UPDATE clients SET next_deadline = (SELECT MIN(a.planned_submission_date) FROM applications a
                                    WHERE a.client_id = clients.id AND a.status IN ('draft', 'preparing'));

CREATE TRIGGER applications_next_deadline_insert AFTER INSERT ON applications BEGIN
  UPDATE clients SET next_deadline = (SELECT MIN(a.planned_submission_date) FROM applications a
                                      WHERE a.client_id = clients.id AND a.status IN ('draft', 'preparing'))
  WHERE id = NEW.client_id;
END;
CREATE TRIGGER applications_next_deadline_update AFTER UPDATE OF client_id, status, planned_submission_date ON applications BEGIN
  UPDATE clients SET next_deadline = (SELECT MIN(a.planned_submission_date) FROM applications a
                                      WHERE a.client_id = clients.id AND a.status IN ('draft', 'preparing'))
  WHERE id IN (OLD.client_id, NEW.client_id);
END;
CREATE TRIGGER applications_next_deadline_delete AFTER DELETE ON applications BEGIN
  UPDATE clients SET next_deadline = (SELECT MIN(a.planned_submission_date) FROM applications a
                                      WHERE a.client_id = clients.id AND a.status IN ('draft', 'preparing'))
  WHERE id = OLD.client_id;
END;

DROP INDEX clients_name;
CREATE INDEX clients_name ON clients (family_name, given_name, id, search_text);
CREATE INDEX clients_updated ON clients (updated_at DESC, family_name, given_name, id, search_text);
CREATE INDEX clients_deadline ON clients (next_deadline IS NULL, next_deadline, family_name, given_name, id, search_text);
