-- A delivery goes with its subscription: ended subscriptions leave no deliveries to claim or replay.
DELETE FROM delivery d WHERE NOT EXISTS (SELECT 1 FROM subscription s WHERE s.subscription_id = d.subscription_id);
ALTER TABLE delivery ADD CONSTRAINT delivery_subscription_fk FOREIGN KEY (subscription_id)
    REFERENCES subscription (subscription_id) ON DELETE CASCADE;
