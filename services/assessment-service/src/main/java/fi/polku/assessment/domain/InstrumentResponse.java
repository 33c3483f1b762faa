package fi.polku.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A client's answers to one instrument version at one time point, and the scale scores computed from them. */
@Entity
@Table(name = "instrument_response")
public class InstrumentResponse {

    @Id
    public UUID id;

    @Column(name = "assessment_id", nullable = false)
    public UUID assessmentId;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Column(nullable = false)
    public String instrument;

    @Column(name = "instrument_version", nullable = false)
    public int instrumentVersion;

    @Column(name = "time_point", nullable = false)
    public LocalDate timePoint;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, BigDecimal> answers;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scale_scores", nullable = false)
    public Map<String, BigDecimal> scaleScores;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
