-- Handled-event marks are forgotten once no redelivery can reach them (`PROCESSED_KEPT_MS`, 30 days: longer
-- than the bus keeps events, Kafka's default retention being 7 days). Found by their age, in batches.
create index processed_events_processed_at_idx on processed_events (processed_at);
