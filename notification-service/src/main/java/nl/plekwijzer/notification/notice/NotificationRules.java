package nl.plekwijzer.notification.notice;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.plekwijzer.contracts.events.MatchSuggestionsUpdated;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.contracts.events.UnitWentStale;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.notification.inbox.Recipients;

/**
 * Who hears of what, in plain Java: each rule turns an event or a moment into notices for recipient
 * keys. Messages are Dutch (people read them), name no youth (request ids, unit ids, codes and
 * dates only) and link into the web front.
 */
public final class NotificationRules {

    /** A crisis stay's day on which coordinators and the provider are reminded to find the follow-up. */
    public static final int CRISIS_REMINDER_DAY = 21;
    /** How far ahead a referrer hears that a decision ends. */
    public static final int DECISION_WARNING_DAYS = 14;

    private static final String COORDINATORS = Recipients.role(Roles.COORDINATOR);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("nl", "NL"));

    private NotificationRules() {
    }

    /** A crisis stay being followed: when it started and its last day. */
    public record CrisisStay(UUID proposalId, UUID requestId, String unitId, String providerId, LocalDate startDate,
            LocalDate crisisEndDate) {
    }

    /** A unit that went stale and has not reported since. */
    public record StaleUnit(String unitId, String providerId, OffsetDateTime staleSince) {
    }

    /** An open request and when its decision ends. */
    public record OpenRequest(UUID requestId, String referrerId, LocalDate decisionValidUntil) {
    }

    /** Whether an event is recent enough to notify of: an old one read again (a new consumer, a late read) is history. */
    public static boolean recent(OffsetDateTime occurredAt, OffsetDateTime now, Duration maxAge) {
        return occurredAt != null && !occurredAt.isBefore(now.minus(maxAge));
    }

    /**
     * A step in proposing and placing. {@code referrerId}: the request's referrer when known.
     * PLACED, ENDED and WITHDRAWN are not announced (the acceptance was, the provider ended it, or
     * another acceptance took over).
     */
    public static List<Notice> onPlacementEvent(PlacementEvent event, String referrerId) {
        String request = event.requestId().toString();
        String key = event.eventId().toString();
        String requestLink = "/coordinator/requests/" + request;
        List<Notice> notices = new ArrayList<>();
        switch (event.type()) {
            case PROPOSED -> notices.add(new Notice(NotificationKind.PROPOSAL_RECEIVED,
                    Recipients.provider(event.providerId()), request,
                    "Nieuw plaatsingsvoorstel voor unit %s. De plek wordt voor u vastgehouden tot u antwoordt of de termijn verloopt."
                            .formatted(event.unitId()),
                    "/provider/proposals/" + event.proposalId(), key));
            case ACCEPTED -> {
                String message = "Aanbieder %s heeft het voorstel voor aanvraag %s in unit %s geaccepteerd."
                        .formatted(event.providerId(), request, event.unitId());
                notices.add(new Notice(NotificationKind.PROPOSAL_ACCEPTED, COORDINATORS, request, message, requestLink,
                        key));
                addReferrer(notices, NotificationKind.PROPOSAL_ACCEPTED, referrerId, request, message,
                        "/referrer/requests/" + request, key);
            }
            case DECLINED -> notices.add(new Notice(NotificationKind.PROPOSAL_DECLINED, COORDINATORS, request,
                    "Aanbieder %s heeft het voorstel voor aanvraag %s in unit %s afgewezen: %s."
                            .formatted(event.providerId(), request, event.unitId(), declineReason(event.reason())),
                    requestLink, key));
            case EXPIRED -> notices.add(new Notice(NotificationKind.PROPOSAL_EXPIRED, COORDINATORS, request,
                    "Het voorstel voor aanvraag %s in unit %s is verlopen zonder antwoord; de plek is weer vrij."
                            .formatted(request, event.unitId()),
                    requestLink, key));
            case ESCALATED -> {
                String message = "Crisisaanvraag %s is een dag na aanmelding nog niet geplaatst.".formatted(request);
                notices.add(new Notice(NotificationKind.CRISIS_UNPLACED, COORDINATORS, request, message, requestLink,
                        key));
                addReferrer(notices, NotificationKind.CRISIS_UNPLACED, referrerId, request, message,
                        "/referrer/requests/" + request, key);
            }
            case BRIDGING -> {
                String message = ("Het crisisverblijf voor aanvraag %s in unit %s is voorbij de einddatum%s: het is nu"
                        + " een overbruggingsplaatsing en de vervolgplek wordt gezocht.").formatted(request,
                                event.unitId(), event.crisisEndDate() == null ? "" : " (" + DATE.format(event.crisisEndDate()) + ")");
                notices.add(new Notice(NotificationKind.BRIDGING_PLACEMENT, COORDINATORS, request, message, requestLink,
                        key));
                notices.add(new Notice(NotificationKind.BRIDGING_PLACEMENT, Recipients.provider(event.providerId()),
                        request, message, "/provider/placements", key));
            }
            case PLACED, ENDED, WITHDRAWN -> {
            }
        }
        return notices;
    }

    /** A unit went stale: its provider is asked to report, the coordinators are told. */
    public static List<Notice> onStale(UnitWentStale stale) {
        String since = stale.lastReportedAt() == null ? "de registratie" : DATE.format(stale.lastReportedAt());
        String message = "Unit %s heeft zijn status niet bevestigd sinds %s (bevestigen elke %d uur)."
                .formatted(stale.unitId(), since, stale.confirmationIntervalHours());
        String key = stale.eventId().toString();
        return List.of(
                new Notice(NotificationKind.UNIT_WENT_STALE, Recipients.provider(stale.providerId()), stale.unitId(),
                        message + " Meld de actuele status.", "/provider/units/" + stale.unitId(), key),
                new Notice(NotificationKind.UNIT_WENT_STALE, COORDINATORS, stale.unitId(), message,
                        "/coordinator/units/" + stale.unitId(), key));
    }

    /**
     * A fitting place appeared when the request had none with a free place before and has now.
     * {@code before} is null when nothing is known yet: then nothing "appeared".
     */
    public static boolean fittingPlaceAppeared(Boolean before, boolean now) {
        return Boolean.FALSE.equals(before) && now;
    }

    /** Whether the suggestions hold a unit with a free place whose status is fresh. */
    public static boolean hasFreeFittingPlace(MatchSuggestionsUpdated suggestions) {
        return suggestions.suggestions().stream().anyMatch(s -> s.availablePlaces() > 0 && !s.stale());
    }

    public static List<Notice> fittingPlace(UUID requestId, String referrerId, OffsetDateTime generatedAt) {
        String request = requestId.toString();
        String message = "Er is een passende vrije plek voor aanvraag %s.".formatted(request);
        String key = "FITTING_PLACE:" + request + ":" + generatedAt.toInstant();
        List<Notice> notices = new ArrayList<>();
        notices.add(new Notice(NotificationKind.FITTING_PLACE_APPEARED, COORDINATORS, request, message,
                "/coordinator/requests/" + request, key));
        addReferrer(notices, NotificationKind.FITTING_PLACE_APPEARED, referrerId, request, message,
                "/referrer/requests/" + request, key);
        return notices;
    }

    /** Day 21 of a crisis stay (when it lasts longer) and its last day: the coordinators and the provider. */
    public static List<Notice> crisisClock(CrisisStay stay, LocalDate today) {
        List<Notice> notices = new ArrayList<>();
        String request = stay.requestId().toString();
        LocalDate reminderDay = stay.startDate().plusDays(CRISIS_REMINDER_DAY);
        if (!today.isBefore(reminderDay) && reminderDay.isBefore(stay.crisisEndDate())
                && today.isBefore(stay.crisisEndDate())) {
            String message = ("Dag %d van het crisisverblijf voor aanvraag %s in unit %s: het eindigt op %s. Zoek nu de"
                    + " vervolgplek.").formatted(CRISIS_REMINDER_DAY, request, stay.unitId(),
                            DATE.format(stay.crisisEndDate()));
            addBoth(notices, NotificationKind.CRISIS_DAY_21, stay, message, "CRISIS_DAY_21:" + stay.proposalId());
        }
        if (today.equals(stay.crisisEndDate())) {
            String message = ("Vandaag is de laatste dag van het crisisverblijf voor aanvraag %s in unit %s; vanaf"
                    + " morgen is het een overbruggingsplaatsing.").formatted(request, stay.unitId());
            addBoth(notices, NotificationKind.CRISIS_END_DATE, stay, message, "CRISIS_END_DATE:" + stay.proposalId());
        }
        return notices;
    }

    /**
     * A unit still stale: its provider is reminded once a day; once it has been stale for
     * {@code coordinatorAfterDays} days, the coordinators are told, once.
     */
    public static List<Notice> staleReminders(StaleUnit unit, OffsetDateTime now, int coordinatorAfterDays) {
        List<Notice> notices = new ArrayList<>();
        long days = Duration.between(unit.staleSince(), now).toDays();
        String since = unit.staleSince().toInstant().toString();
        if (days >= 1) {
            notices.add(new Notice(NotificationKind.UNIT_STILL_STALE, Recipients.provider(unit.providerId()),
                    unit.unitId(), "Herinnering: unit %s heeft al %d %s geen actuele status. Meld de status."
                            .formatted(unit.unitId(), days, days == 1 ? "dag" : "dagen"),
                    "/provider/units/" + unit.unitId(), "STILL_STALE:" + unit.unitId() + ":" + since + ":" + days));
        }
        if (days >= coordinatorAfterDays) {
            notices.add(new Notice(NotificationKind.UNIT_STALE_FOR_DAYS, COORDINATORS, unit.unitId(),
                    "Unit %s van aanbieder %s heeft al %d dagen geen actuele status."
                            .formatted(unit.unitId(), unit.providerId(), days),
                    "/coordinator/units/" + unit.unitId(), "STALE_FOR_DAYS:" + unit.unitId() + ":" + since));
        }
        return notices;
    }

    /** The referrer hears, once, when the decision of an open request ends within two weeks. */
    public static List<Notice> decisionExpiring(OpenRequest request, LocalDate today) {
        if (request.referrerId() == null || request.decisionValidUntil() == null || today.isAfter(request.decisionValidUntil())
                || today.plusDays(DECISION_WARNING_DAYS).isBefore(request.decisionValidUntil())) {
            return List.of();
        }
        String id = request.requestId().toString();
        return List.of(new Notice(NotificationKind.DECISION_EXPIRING, Recipients.user(request.referrerId()), id,
                ("De beschikking van aanvraag %s loopt af op %s. Zonder nieuwe beschikking vervalt de aanvraag en"
                        + " verdwijnt de jeugdige van de wachtlijst.").formatted(id, DATE.format(request.decisionValidUntil())),
                "/referrer/requests/" + id, "DECISION_EXPIRING:" + id + ":" + request.decisionValidUntil()));
    }

    /** The Dutch title of a kind of notification, e.g. for an e-mail's subject. */
    public static String title(NotificationKind kind) {
        return switch (kind) {
            case FITTING_PLACE_APPEARED -> "passende plek beschikbaar";
            case PROPOSAL_RECEIVED -> "nieuw plaatsingsvoorstel";
            case PROPOSAL_ACCEPTED -> "voorstel geaccepteerd";
            case PROPOSAL_DECLINED -> "voorstel afgewezen";
            case PROPOSAL_EXPIRED -> "voorstel verlopen";
            case CRISIS_UNPLACED -> "crisisaanvraag na 24 uur niet geplaatst";
            case CRISIS_DAY_21 -> "dag 21 van een crisisverblijf";
            case CRISIS_END_DATE -> "laatste dag van een crisisverblijf";
            case BRIDGING_PLACEMENT -> "overbruggingsplaatsing";
            case UNIT_WENT_STALE -> "status niet bevestigd";
            case UNIT_STILL_STALE -> "herinnering: status niet bevestigd";
            case UNIT_STALE_FOR_DAYS -> "unit dagen zonder actuele status";
            case DECISION_EXPIRING -> "beschikking loopt af";
        };
    }

    static String declineReason(String code) {
        if (code == null) {
            return "geen reden opgegeven";
        }
        return switch (code) {
            case "NO_PLACE" -> "toch geen plek";
            case "DOES_NOT_FIT_GROUP" -> "past niet in de groep";
            case "NO_STAFF" -> "geen personeel";
            case "NEEDS_MORE_INFORMATION" -> "meer informatie nodig";
            default -> "andere reden";
        };
    }

    private static void addReferrer(List<Notice> notices, NotificationKind kind, String referrerId, String request,
            String message, String link, String key) {
        if (referrerId != null) {
            notices.add(new Notice(kind, Recipients.user(referrerId), request, message, link, key));
        }
    }

    private static void addBoth(List<Notice> notices, NotificationKind kind, CrisisStay stay, String message,
            String key) {
        String request = stay.requestId().toString();
        notices.add(new Notice(kind, COORDINATORS, request, message, "/coordinator/requests/" + request, key));
        notices.add(new Notice(kind, Recipients.provider(stay.providerId()), request, message, "/provider/placements",
                key));
    }
}
