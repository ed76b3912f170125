-- A client that sends the same intake form again (a retry after a timeout) with the same
-- Idempotency-Key gets the first answer instead of a second request. Keys are per referrer; the
-- hash (of the youth's pseudonym and the stored form) tells a retry from a different form.
CREATE TABLE submission_key (
    referrer_id      VARCHAR(255) NOT NULL,
    idempotency_key  VARCHAR(100) NOT NULL,
    form_hash        CHAR(64)     NOT NULL,
    request_id       UUID         NOT NULL REFERENCES placement_request (request_id),
    created_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (referrer_id, idempotency_key)
);
