-- Senders claim the oldest pending reply of each conversation only (replies of one conversation keep their
-- order, even across retries and rate limits); this index serves that check.
CREATE INDEX outbox_conversation_idx ON outbox (conversation_id, state, id);
