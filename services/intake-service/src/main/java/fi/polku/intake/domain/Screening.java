package fi.polku.intake.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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

/** A target-group screening: the signals, the derived segment and, when a professional overrode it, why. */
@Entity
@Table(name = "screening")
public class Screening {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "screening_signal", joinColumns = @JoinColumn(name = "screening_id"))
    public List<ScreenedSignal> signals = new ArrayList<>();

    @Column(name = "months_unemployed", nullable = false)
    public int monthsUnemployed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Motivation motivation;

    @Enumerated(EnumType.STRING)
    @Column(name = "derived_segment", nullable = false)
    public Segment derivedSegment;

    @Column(nullable = false)
    public String rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Segment segment;

    @Column(name = "override_reason")
    public String overrideReason;

    public String notes;

    @Column(name = "screened_by", nullable = false)
    public String screenedBy;

    @Column(name = "completed_at", nullable = false)
    public OffsetDateTime completedAt;

    public boolean overridden() {
        return segment != derivedSegment;
    }

    public List<Signal> signalCodes() {
        return signals.stream().map(s -> s.signal).sorted().toList();
    }

    public List<Signal> decisiveSignals() {
        return signals.stream().filter(s -> s.decisive).map(s -> s.signal).sorted().toList();
    }

    @Embeddable
    public static class ScreenedSignal {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public Signal signal;

        @Column(nullable = false)
        public boolean decisive;

        protected ScreenedSignal() {
        }

        public ScreenedSignal(Signal signal, boolean decisive) {
            this.signal = signal;
            this.decisive = decisive;
        }
    }
}
