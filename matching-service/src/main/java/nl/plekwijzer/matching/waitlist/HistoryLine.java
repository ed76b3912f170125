package nl.plekwijzer.matching.waitlist;

import java.time.OffsetDateTime;

/** A line of a cluster's history: an entry joined or left it, or a coordinator split, merged or confirmed it. */
public record HistoryLine(String clusterId, String event, String member, String detail, String actor,
        OffsetDateTime at) {
}
