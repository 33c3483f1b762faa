package fi.polku.fhir.mapping;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

import fi.polku.client.caseowner.model.NetworkMemberView;

/**
 * The client's care network in case-owner as one CareTeam (its id is the client id): each membership a participant
 * with its role and period; an ended membership keeps its end date.
 */
@ApplicationScoped
public class CareTeamMapper {

    public CareTeam toCareTeam(UUID clientId, List<NetworkMemberView> members) {
        CareTeam team = new CareTeam();
        team.setId(clientId.toString());
        team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
        team.setName("Care network");
        team.setSubject(References.patient(clientId));
        members.forEach(member -> team.addParticipant(participant(member)));
        return team;
    }

    private static CareTeamParticipantComponent participant(NetworkMemberView member) {
        CareTeamParticipantComponent participant = new CareTeamParticipantComponent();
        participant.addRole(new CodeableConcept(new Coding(FhirSystems.NETWORK_ROLE, member.getRole().getValue(), null)));
        participant.setMember(References.professional(member.getProfessionalId(), member.getName()));
        if (member.getOrganisation() != null) {
            participant.setOnBehalfOf(References.organisation(null, member.getOrganisation()));
        }
        participant.getPeriod().setStartElement(Dates.dateTime(member.getFrom()));
        if (member.getUntil() != null) {
            participant.getPeriod().setEndElement(Dates.dateTime(member.getUntil()));
        }
        return participant;
    }
}
