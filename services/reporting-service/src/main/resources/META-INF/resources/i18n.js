// The dashboard's and the sign-in page's texts in Finnish and English, and the language switch they share.
'use strict';

window.Polku = (() => {
  const TEXT = {
    fi: {
      title: 'Työkyvyn tuen palvelukokonaisuus', year: 'Vuosi', allYears: 'kaikki', refresh: 'Päivitä',
      signIn: 'Kirjaudu sisään', signOut: 'Kirjaudu ulos', signInTitle: 'Kirjaudu raportteihin',
      signInLocal: 'Paikallinen ympäristö: valitse demon käyttäjä. Tuotannossa kirjaudutaan hyvinvointialueen tunnistuspalvelun kautta.',
      signInNoLocal: 'Paikallinen kirjautuminen ei ole käytössä. Kirjaudu hyvinvointialueen tunnistuspalvelun kautta.',
      signInCounty: 'Kirjaudu hyvinvointialueen tunnistuspalvelulla',
      signInRefused: 'Tunnuksellasi ei ole analyytikon roolia: raportit eivät ole käytettävissäsi.',
      funnel: 'Asiakkaiden eteneminen', referrals: 'Lähetteet kuukausittain',
      employment: 'Työllistymisaste neljännesvuosittain (IPS)', outcomes: 'Tulokset palveluntuottajittain',
      timeToOwner: 'Aika asiakasvastaavaan (päivää)', gaps: 'Katvealueilla nyt',
      whereNow: 'Missä asiakkaat ovat nyt', place: 'Paikka palvelukartalla',
      suppression: 'Alle viiden asiakkaan luvut näytetään muodossa <5, eikä niitä voi päätellä summista (..).',
      clients: 'Asiakkaita', referralsCount: 'Lähetteitä', rate: 'Työllistymisaste %', days: 'päivää',
      month: 'Kuukausi', quarter: 'Neljännesvuosi', step: 'Vaihe', provider: 'Palveluntuottaja',
      daysToOwner: 'Päivää rekisteröinnistä asiakasvastaavaan', gap: 'Katvealue', percent: '% valmennetuista',
      minimal: 'IPS vähimmäistaso 31 %', average: 'IPS keskitaso 41 %', excellent: 'IPS erinomainen 50 %',
      withheld: 'salattu', signedOut: 'Et ole kirjautunut.', failed: 'Raporttien haku epäonnistui',
      steps: { registered: 'Rekisteröity', caseOwner: 'Asiakasvastaava', screening: 'Seulottu',
        teamAssessment: 'Työkykytiimin arvio', coachingStart: 'Työhönvalmennus', employedOpenLabourMarket: 'Työllistynyt avoimille' },
      gapNames: { NO_CASE_OWNER: 'Ei asiakasvastaavaa', COACHING_REFERRAL_NOT_STARTED: 'Valmennus ei alkanut',
        ASSESSMENT_NOT_ATTENDED: 'Arvio jäi väliin', FOLLOW_UP_OVERDUE: 'Jälkikontakti erääntynyt' },
      placeNames: { SERVICE_GUIDANCE: 'Palveluohjaus', WORK_ABILITY_ASSESSMENT: 'Työkyvyn tuen kartoitus',
        SUPPORTED_EMPLOYMENT_COACHING: 'Tuetun työllistymisen työhönvalmennus',
        REHABILITATIVE_WORK_ACTIVITY: 'Kuntouttava työtoiminta', WORK_TRIAL: 'Työkokeilu',
        EMPLOYMENT_SERVICES: 'TE- ja työllisyyspalvelut', TRAINING: 'Koulutus', REHABILITATION: 'Kuntoutus',
        SPECIALISED_CARE: 'Erikoissairaanhoito', SICK_LEAVE: 'Sairauspoissaolo', PAY_SUBSIDISED_WORK: 'Palkkatuettu työ',
        OPEN_LABOUR_MARKET: 'Avoimet työmarkkinat', PENSION: 'Eläke', LEFT_SERVICES: 'Palvelujen ulkopuolella' },
      outcomeNames: { WORK_TRIAL: 'Työkokeilu', TE_SERVICES: 'TE-palvelut', PAID_WORK: 'Palkkatyö',
        PAY_SUBSIDISED_WORK: 'Palkkatuettu työ', STUDIES: 'Opinnot', REHABILITATION: 'Kuntoutus',
        SICK_LEAVE: 'Sairausloma', PENSION: 'Eläke', DISCONTINUED_BY_CLIENT: 'Asiakas keskeytti' }
    },
    en: {
      title: 'Work-ability support service package', year: 'Year', allYears: 'all', refresh: 'Refresh',
      signIn: 'Sign in', signOut: 'Sign out', signInTitle: 'Sign in to the reports',
      signInLocal: 'Local stack: choose one of the demo\'s users. In production you sign in through the county\'s identity provider.',
      signInNoLocal: 'The local sign-in is not in use. Sign in through the county\'s identity provider.',
      signInCounty: 'Sign in with the county\'s identity provider',
      signInRefused: 'Your account does not have the analyst role: the reports are not open to you.',
      funnel: 'Clients through the package', referrals: 'Referrals per month',
      employment: 'Quarterly employment rate (IPS)', outcomes: 'Outcomes per provider',
      timeToOwner: 'Time to case owner (days)', gaps: 'Clients in a gap now',
      whereNow: 'Where the clients are now', place: 'Place on the service map',
      suppression: 'Counts below five clients are shown as <5 and cannot be worked out from the totals (..).',
      clients: 'Clients', referralsCount: 'Referrals', rate: 'Employment rate %', days: 'days',
      month: 'Month', quarter: 'Quarter', step: 'Step', provider: 'Provider',
      daysToOwner: 'Days from registration to case owner', gap: 'Gap', percent: '% of coached clients',
      minimal: 'IPS minimal 31 %', average: 'IPS average 41 %', excellent: 'IPS excellent 50 %',
      withheld: 'withheld', signedOut: 'You are not signed in.', failed: 'Could not load the reports',
      steps: { registered: 'Registered', caseOwner: 'Case owner', screening: 'Screened',
        teamAssessment: 'Team assessment', coachingStart: 'Coaching', employedOpenLabourMarket: 'Employed (open market)' },
      gapNames: { NO_CASE_OWNER: 'No case owner', COACHING_REFERRAL_NOT_STARTED: 'Coaching not started',
        ASSESSMENT_NOT_ATTENDED: 'Missed assessment', FOLLOW_UP_OVERDUE: 'Follow-up overdue' },
      placeNames: { SERVICE_GUIDANCE: 'Service guidance', WORK_ABILITY_ASSESSMENT: 'Work-ability assessment',
        SUPPORTED_EMPLOYMENT_COACHING: 'Supported-employment coaching',
        REHABILITATIVE_WORK_ACTIVITY: 'Rehabilitative work activity', WORK_TRIAL: 'Work trial',
        EMPLOYMENT_SERVICES: 'TE and employment services', TRAINING: 'Training', REHABILITATION: 'Rehabilitation',
        SPECIALISED_CARE: 'Specialised care', SICK_LEAVE: 'Sick leave', PAY_SUBSIDISED_WORK: 'Pay-subsidised work',
        OPEN_LABOUR_MARKET: 'Open labour market', PENSION: 'Pension', LEFT_SERVICES: 'Out of the services' },
      outcomeNames: { WORK_TRIAL: 'Work trial', TE_SERVICES: 'TE services', PAID_WORK: 'Paid work',
        PAY_SUBSIDISED_WORK: 'Pay-subsidised work', STUDIES: 'Studies', REHABILITATION: 'Rehabilitation',
        SICK_LEAVE: 'Sick leave', PENSION: 'Pension', DISCONTINUED_BY_CLIENT: 'Discontinued by client' }
    }
  };
  const polku = { lang: localStorage.getItem('polku.lang') || 'fi', onLanguage: () => {} };
  polku.t = key => TEXT[polku.lang][key];
  polku.apply = () => {
    document.documentElement.lang = polku.lang;
    document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = polku.t(el.dataset.i18n); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = polku.t(el.dataset.i18nPlaceholder); });
  };
  polku.initLanguage = onLanguage => {
    polku.onLanguage = onLanguage || polku.onLanguage;
    for (const lang of ['fi', 'en']) {
      document.getElementById(`lang-${lang}`).addEventListener('click', () => {
        polku.lang = lang;
        localStorage.setItem('polku.lang', lang);
        polku.apply();
        polku.onLanguage();
      });
    }
    polku.apply();
  };
  return polku;
})();
