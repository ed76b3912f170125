package nl.plekwijzer.intake.request.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated.Status;
import nl.plekwijzer.foundation.outbox.Outbox;
import nl.plekwijzer.foundation.outbox.OutboxRelay;
import nl.plekwijzer.foundation.persistence.HibernateSql;
import nl.plekwijzer.foundation.persistence.SqlErrors;
import nl.plekwijzer.foundation.persistence.StoredTime;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.intake.accesslog.AccessLogEntry;
import nl.plekwijzer.intake.accesslog.repository.AccessLogRepository;
import nl.plekwijzer.intake.request.IntakeRules;
import nl.plekwijzer.intake.request.PlacementRequest;
import nl.plekwijzer.intake.request.mapping.RequestMapping;
import nl.plekwijzer.intake.request.repository.PlacementRequestRepository;
import nl.plekwijzer.intake.request.repository.ProviderAccessRepository;
import nl.plekwijzer.intake.request.rest.PlacementRequestForm;
import nl.plekwijzer.intake.request.rest.SubmissionResponse;
import nl.plekwijzer.intake.youth.Pseudonymizer;

/**
 * Takes in the one intake form: checks the rules, replaces the BSN by its pseudonym, stores the
 * rest, links the request to the youth's open request if there is one, and publishes it. Reads
 * and withdrawals of a request by its referrer or a coordinator, each read access-logged.
 */
@ApplicationScoped
public class IntakeService {

    private final PlacementRequestRepository requests;
    private final Pseudonymizer pseudonyms;
    private final RequestMapping mapping;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final RequestLifecycle lifecycle;
    private final AccessLogRepository accessLog;
    private final Caller caller;
    private final ProviderAccessRepository providerAccess;

    public IntakeService(PlacementRequestRepository requests, Pseudonymizer pseudonyms, RequestMapping mapping,
            Outbox outbox, OutboxRelay relay, RequestLifecycle lifecycle, AccessLogRepository accessLog,
            Caller caller, ProviderAccessRepository providerAccess) {
        this.requests = requests;
        this.pseudonyms = pseudonyms;
        this.mapping = mapping;
        this.outbox = outbox;
        this.relay = relay;
        this.lifecycle = lifecycle;
        this.accessLog = accessLog;
        this.caller = caller;
        this.providerAccess = providerAccess;
    }

    /** The request for its referrer or a coordinator; the read is written to the access log in the same transaction. */
    public Uni<PlacementRequest> read(UUID requestId, String purpose) {
        return Panache.withTransaction(() -> find(requestId)
                .call(request -> accessLog.persist(AccessLogEntry.of(caller.userName(), caller.readingRole(),
                        caller.onBehalfOf(), request, purpose))));
    }

    /** Withdraws an open request; 409 when it is no longer open. */
    public Uni<PlacementRequest> withdraw(UUID requestId, String reason) {
        return Panache.withTransaction(() -> find(requestId).flatMap(request -> {
            if (!request.isOpen()) {
                throw Problems.conflict("request-not-open",
                        "The request is " + request.status + " and can no longer be withdrawn");
            }
            return lifecycle.withdraw(request, reason).replaceWith(request);
        })).invoke(relay::wake);
    }

    /**
     * The request, if the caller may access it: its referrer, coordinators, and a provider that
     * accepted a proposal for it (domain rule 14); 404 and 403 otherwise.
     */
    private Uni<PlacementRequest> find(UUID requestId) {
        return requests.findById(requestId)
                .onItem().ifNull().failWith(() -> Problems.notFound("requestId",
                        "No placement request with requestId '" + requestId + "'"))
                .call(request -> {
                    if (caller.isCoordinator() || Objects.equals(request.referrerId, caller.id())) {
                        return Uni.createFrom().voidItem();
                    }
                    Uni<Boolean> accepted = caller.isProvider() && caller.providerId() != null
                            ? providerAccess.granted(request.requestId, caller.providerId())
                            : Uni.createFrom().item(false);
                    return accepted.invoke(granted -> {
                        if (!granted) {
                            throw Problems.forbidden("Only the referrer of this request, coordinators and a provider"
                                    + " that accepted it may access it");
                        }
                    });
                });
    }

    /** What an {@code Idempotency-Key} may be: letters, digits, '-' and '_', 1-100 of them (a UUID fits). */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    /**
     * Registers the form as a new request. When this referrer sent the same form before with the same
     * {@code idempotencyKey} (a client retrying after a timeout), it answers what it answered then
     * and registers nothing; the same key with another form is refused.
     *
     * @param idempotencyKey null when the client sent none
     */
    public Uni<SubmissionResponse> submit(PlacementRequestForm form, String referrerUserName, String referrerId,
            String idempotencyKey) {
        List<Violation> violations = new ArrayList<>(IntakeRules.check(form.youth().bsn(),
                form.youth().birthDate(), form.needs().urgency(), form.needs().neededFrom(),
                form.decision().validUntil(), form.consent(), LocalDate.now()));
        violations.addAll(IntakeRules.checkStay(form.needs().acceptableKinds(), form.needs().shortStay() != null));
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            violations.add(new Violation("Idempotency-Key", "must be 1-100 letters, digits, '-' or '_' (a UUID fits)"));
        }
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(Problems.invalid(violations));
        }
        String pseudonym = pseudonyms.pseudonymOf(form.youth().bsn());
        String storedForm = mapping.toStoredForm(form);
        String formHash = sha256(pseudonym + "\n" + storedForm);
        return Panache.withTransaction(() -> earlierAnswer(referrerId, idempotencyKey, formHash).flatMap(earlier -> {
            if (earlier != null) {
                return Uni.createFrom().item(earlier);
            }
            return requests.findOpenPrimary(pseudonym).flatMap(primary -> {
                PlacementRequest request = newRequest(pseudonym, referrerUserName, referrerId, form, storedForm);
                request.linkedToRequestId = primary == null ? null : primary.requestId;
                // Flushed at once: the key's row refers to the request's.
                return requests.persistAndFlush(request)
                        .call(() -> HibernateSql.current().flatMap(tx -> outbox.add(tx, List.of(mapping.toEvent(request)))))
                        .call(() -> idempotencyKey == null ? Uni.createFrom().voidItem()
                                : HibernateSql.current().flatMap(tx -> tx.executeEach("INSERT INTO submission_key"
                                        + " (referrer_id, idempotency_key, form_hash, request_id, created_at)"
                                        + " VALUES ($1, $2, $3, $4, $5)", List.of(List.of(referrerId, idempotencyKey,
                                                formHash, request.requestId, StoredTime.now())))).replaceWithVoid())
                        .replaceWith(() -> answer(request));
            });
        }))
                // Two forms for the same youth, or one form twice with one key, at once: the second finds
                // the first's request on retry.
                .onFailure(SqlErrors::isUniqueViolation).retry().atMost(1)
                .invoke(relay::wake);
    }

    /** The answer to the same form sent before with this key, or null; a different form with it is refused. */
    private Uni<SubmissionResponse> earlierAnswer(String referrerId, String idempotencyKey, String formHash) {
        if (idempotencyKey == null) {
            return Uni.createFrom().nullItem();
        }
        return HibernateSql.current().flatMap(tx -> tx.queryColumn("SELECT form_hash FROM submission_key"
                + " WHERE referrer_id = $1 AND idempotency_key = $2", referrerId, idempotencyKey)
                .flatMap(hashes -> {
                    if (hashes.isEmpty()) {
                        return Uni.createFrom().nullItem();
                    }
                    if (!formHash.equals(String.valueOf(hashes.get(0)).strip())) {
                        return Uni.createFrom().failure(Problems.invalid("Idempotency-Key",
                                "was sent before with another form; use a new key for a new form"));
                    }
                    return tx.queryColumn("SELECT request_id FROM submission_key WHERE referrer_id = $1"
                            + " AND idempotency_key = $2", referrerId, idempotencyKey)
                            .flatMap(ids -> requests.findById(UUID.fromString(String.valueOf(ids.get(0)))))
                            .map(IntakeService::answer);
                }));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PlacementRequest newRequest(String pseudonym, String referrerUserName, String referrerId,
            PlacementRequestForm form, String storedForm) {
        OffsetDateTime now = StoredTime.now();
        PlacementRequest request = new PlacementRequest();
        request.requestId = UUID.randomUUID();
        request.referrerUserName = referrerUserName;
        request.referrerId = referrerId;
        request.youthPseudonym = pseudonym;
        request.status = Status.OPEN;
        request.submittedAt = now;
        request.updatedAt = now;
        request.decisionValidUntil = form.decision().validUntil();
        request.form = storedForm;
        return request;
    }

    private static SubmissionResponse answer(PlacementRequest request) {
        if (request.linkedToRequestId == null) {
            return new SubmissionResponse(request.requestId, null, "The placement request was registered");
        }
        return new SubmissionResponse(request.requestId, request.linkedToRequestId,
                "This youth already has an open placement request; the new one is linked to it and"
                        + " matching treats them as one");
    }
}
