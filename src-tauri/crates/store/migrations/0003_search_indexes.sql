-- Client lists are ordered by name; documents still to collect are looked up by status.
CREATE INDEX clients_name ON clients (family_name, given_name, id);
CREATE INDEX document_items_open ON document_items (status) WHERE obsolete = 0;
