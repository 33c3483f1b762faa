package fi.polku.intake.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A readiness checklist for supported-employment coaching: every one of the 15 signs with its status. */
@Entity
@Table(name = "readiness_checklist")
public class ReadinessChecklist {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "readiness_checklist_item", joinColumns = @JoinColumn(name = "checklist_id"))
    public List<Item> items = new ArrayList<>();

    public String note;

    @Column(name = "assessed_by", nullable = false)
    public String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    public OffsetDateTime assessedAt;

    public ReadinessSummary summary() {
        Map<ReadinessSign, ReadinessStatus> statuses = new EnumMap<>(ReadinessSign.class);
        items.forEach(item -> statuses.put(item.sign, item.status));
        return ReadinessSummary.of(statuses);
    }

    @Embeddable
    public static class Item {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ReadinessSign sign;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ReadinessStatus status;

        public String note;

        /** For the sign with two alternatives, which one holds; null otherwise or when not told. */
        @Enumerated(EnumType.STRING)
        public RehabilitativeWorkActivityPhase alternative;

        protected Item() {
        }

        public Item(ReadinessSign sign, ReadinessStatus status, String note,
                RehabilitativeWorkActivityPhase alternative) {
            this.sign = sign;
            this.status = status;
            this.note = note;
            this.alternative = alternative;
        }
    }
}
