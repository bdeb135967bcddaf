-- Inbound messages have a kind (text, feedback on a reply, a request for a person, an edit) and may refer to
-- another message (the outbox id of the reply judged, or the platform id of the edited message).
-- An outbound message may replace an earlier one on platforms that support edits.
ALTER TABLE inbox ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'TEXT';
ALTER TABLE inbox ADD COLUMN refers_to VARCHAR(512);
ALTER TABLE outbox ADD COLUMN replaces VARCHAR(512);
