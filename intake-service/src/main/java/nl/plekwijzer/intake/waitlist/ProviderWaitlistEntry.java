package nl.plekwijzer.intake.waitlist;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import nl.plekwijzer.contracts.Gender;
import nl.plekwijzer.contracts.UnitKind;

/** A stored entry of a provider's current waiting list. No BSN: its pseudonym when it was known. */
@Entity
@Table(name = "waitlist_entry")
@IdClass(ProviderWaitlistEntry.Key.class)
public class ProviderWaitlistEntry extends PanacheEntityBase {

    public static class Key implements Serializable {
        public String providerId;
        public String providerEntryId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(providerId, key.providerId)
                    && Objects.equals(providerEntryId, key.providerEntryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(providerId, providerEntryId);
        }
    }

    @Id
    @Column(name = "provider_id")
    public String providerId;

    @Id
    @Column(name = "provider_entry_id")
    public String providerEntryId;

    @Column(name = "youth_pseudonym")
    public String youthPseudonym;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name_prefix")
    public String familyNamePrefix;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Column(nullable = false)
    public String postcode;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_function", nullable = false)
    public UnitKind careFunction;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public WaitlistEntry toEntry() {
        return new WaitlistEntry(providerEntryId, youthPseudonym == null ? null : youthPseudonym.strip(), givenName,
                familyNamePrefix, familyName, birthDate, gender, postcode, municipalityCode, careFunction,
                registeredOn);
    }

    public void setFrom(WaitlistEntry entry, OffsetDateTime now) {
        providerEntryId = entry.providerEntryId();
        youthPseudonym = entry.youthPseudonym();
        givenName = entry.givenName();
        familyNamePrefix = entry.familyNamePrefix();
        familyName = entry.familyName();
        birthDate = entry.birthDate();
        gender = entry.gender();
        postcode = entry.postcode();
        municipalityCode = entry.municipalityCode();
        careFunction = entry.careFunction();
        registeredOn = entry.registeredOn();
        updatedAt = now;
    }
}
