package nl.plekwijzer.matching.waitlist;

import nl.plekwijzer.matching.waitlist.linkage.LinkRecord;

/** A provider's entry added or changed (with its linkage record), or removed (member and record null). */
public record MemberChange(String key, Member member, LinkRecord record) {
}
