package fi.polku.platform.servicemap;

/**
 * Where a client is on the service map of the work-ability support package (seed 004), in the map's order: the
 * one vocabulary the case-owner service records (from the services' events and the case owner's own entries) and the
 * reporting service's flow report counts.
 */
public enum ServicePlace {
    /** With the case owner between services: intake's service guidance (alkupalvelu, palveluohjaus). */
    SERVICE_GUIDANCE,
    /** The work-ability team's survey (työkyvyn tuen kartoitus). */
    WORK_ABILITY_ASSESSMENT,
    /** Supported-employment coaching by the quality criteria (tuetun työllistymisen työhönvalmennus, IPS). */
    SUPPORTED_EMPLOYMENT_COACHING,
    /** Rehabilitative work activity or other social-welfare work activity (kuntouttava työtoiminta, työtoiminta). */
    REHABILITATIVE_WORK_ACTIVITY,
    /** A work trial (työkokeilu). */
    WORK_TRIAL,
    /** TE or municipal employment services other than the above (TE-palvelut, työllisyyspalvelut). */
    EMPLOYMENT_SERVICES,
    /** Training or studies (koulutus: valmentava, työvoimakoulutus, omaehtoinen, oppisopimus). */
    TRAINING,
    /** Medical, vocational or social rehabilitation (kuntoutus). */
    REHABILITATION,
    /** Specialised care's outpatient clinics (erikoissairaanhoito). */
    SPECIALISED_CARE,
    /** On sick leave (sairauspoissaolo, sairauspäiväraha). */
    SICK_LEAVE,
    /** Pay-subsidised work (palkkatuki). */
    PAY_SUBSIDISED_WORK,
    /** Work in the open labour market (avoimet työmarkkinat). */
    OPEN_LABOUR_MARKET,
    /** On a pension (työkyvyttömyyseläke). */
    PENSION,
    /** Out of the package for another reason: moved away, declined, no longer needs services, died. */
    LEFT_SERVICES
}
