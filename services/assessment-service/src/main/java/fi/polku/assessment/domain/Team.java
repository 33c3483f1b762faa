package fi.polku.assessment.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fi.polku.platform.problem.ProblemException;

/** A multi-professional, cross-administrative work-ability team serving a municipality or area. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    public String area;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<TeamMember> members;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** What a team member sends about a team: a member without an id is a new member. */
    public record Details(String name, String municipalityCode, String area, List<TeamMember> members) {
    }

    public static Team create(Details details, OffsetDateTime at) {
        Team team = new Team();
        team.id = UUID.randomUUID();
        team.createdAt = at;
        team.members = List.of();
        team.change(details, at);
        return team;
    }

    /** Members sent with an id keep it, and it must be one of the team's; members without an id are new. */
    public void change(Details details, OffsetDateTime at) {
        Set<UUID> existing = members.stream().map(TeamMember::id).collect(Collectors.toSet());
        List<TeamMember> sent = details.members();
        for (int i = 0; i < sent.size(); i++) {
            UUID memberId = sent.get(i).id();
            if (memberId != null && !existing.contains(memberId)) {
                throw ProblemException.invalidField("members[" + i + "].id", "is not a member of this team");
            }
        }
        name = details.name().strip();
        municipalityCode = details.municipalityCode();
        area = details.area() == null ? null : details.area().strip();
        members = sent.stream().map(m -> new TeamMember(m.id() == null ? UUID.randomUUID() : m.id(),
                m.name().strip(), m.profession(), m.organisation().strip(),
                m.userId() == null || m.userId().isBlank() ? null : m.userId().strip(), m.active())).toList();
        updatedAt = at;
    }
}
