// The built-in category table, as data. The short list is the one mediation teams use
// for their prescribers; the codes come from the standards in ../shared/data/schemas:
// data·inclusion v0 `typologie` (all of its values, plus PE, the code France Travail
// had as Pôle emploi), data·inclusion v1 `reseaux_porteurs` (all of its values), and the
// INSEE BPE TYPEQU codes of public services. Weights: the structures that send people
// to a mediation space (social services, employment, youth) count fully; mediation
// places are peers more than prescribers.

#include <alentour/partners.hpp>

namespace alentour {

namespace {

constexpr const char* built_in_categories = R"json({
  "categories": {
    "ccas": {"label": "CCAS/CIAS", "color": "#e41a1c", "weight": 1.0,
             "aliases": ["CCAS/CIAS", "CCAS", "CIAS", "centre communal d'action sociale", "centre intercommunal d'action sociale",
                         "action sociale communale"]},
    "departement": {"label": "Services sociaux du département", "color": "#984ea3", "weight": 1.0,
                    "aliases": ["département", "conseil départemental", "services sociaux départementaux", "service social départemental",
                                "EDS", "MDS", "EDS/MDS", "espace départemental des solidarités", "maison départementale des solidarités",
                                "PMI", "ASE", "action sociale départementale"]},
    "france_travail": {"label": "France Travail", "color": "#377eb8", "weight": 1.0,
                       "aliases": ["Pôle emploi", "FT", "PE", "Cap emploi", "agence France Travail"]},
    "mission_locale": {"label": "Mission Locale", "color": "#ff7f00", "weight": 1.0,
                       "aliases": ["ML", "missions locales"]},
    "caf_cpam": {"label": "CAF/CPAM", "color": "#4daf4a", "weight": 0.9,
                 "aliases": ["CAF", "CPAM", "MSA", "CAF CPAM", "caisse d'allocations familiales", "assurance maladie",
                             "caisse primaire d'assurance maladie", "organismes de sécurité sociale"]},
    "mairie": {"label": "Mairie", "color": "#a65628", "weight": 0.8,
               "aliases": ["commune", "ville", "municipalité", "collectivité", "hôtel de ville", "intercommunalité", "EPCI"]},
    "france_services": {"label": "France Services", "color": "#f781bf", "weight": 0.7,
                        "aliases": ["France Service", "MSAP", "maison France Services", "espace France Services",
                                    "maison de services au public"]},
    "association": {"label": "Association", "color": "#e6ab02", "weight": 0.8,
                    "aliases": ["asso", "associations", "associatif", "centre social", "tissu associatif"]},
    "mediation_numerique": {"label": "Médiation numérique", "color": "#17becf", "weight": 0.5,
                            "aliases": ["EPN", "lieu de médiation numérique", "conseiller numérique", "conseillers numériques",
                                        "CNFS", "tiers-lieu", "fablab", "espace public numérique"]},
    "autre": {"label": "Autre", "color": "#999999", "weight": 0.5,
              "aliases": ["autres", "other", "divers"]}
  },
  "typologies": {
    "CCAS": "ccas", "CIAS": "ccas",
    "CD": "departement", "CDAS": "departement", "DEPT": "departement", "MDS": "departement", "ASE": "departement",
    "CMS": "departement", "MDPH": "departement", "ODC": "departement",
    "FT": "france_travail", "PE": "france_travail", "CAP_EMPLOI": "france_travail",
    "ML": "mission_locale",
    "CAF": "caf_cpam", "CPAM": "caf_cpam", "MSA": "caf_cpam",
    "MUNI": "mairie", "CC": "mairie", "EPCI": "mairie",
    "RFS": "france_services", "MSAP": "france_services",
    "ASSO": "association", "ASSO_CHOMEUR": "association", "CS": "association", "CSC": "association", "EVS": "association",
    "MQ": "association", "MJC": "association", "CIDFF": "association", "UDAF": "association", "ES": "association",
    "RESSOURCERIE": "association", "OACAS": "association", "AI": "association", "ACI": "association",
    "ACIPHC": "association", "FAIS": "association", "PREVENTION": "association", "SCP": "association",
    "CHRS": "association", "CHU": "association", "CADA": "association", "HUDA": "association", "CPH": "association",
    "PENSION": "association", "RS_FJT": "association", "PIMMS": "association",
    "EPN": "mediation_numerique", "EPI": "mediation_numerique", "ENM": "mediation_numerique",
    "TIERS_LIEUX": "mediation_numerique", "FABLAB": "mediation_numerique", "BIB": "mediation_numerique",
    "AFPA": "autre", "AVIP": "autre", "AUTRE": "autre", "CAARUD": "autre", "CAVA": "autre", "CCONS": "autre",
    "CFP": "autre", "CITMET": "autre", "CMP": "autre", "CSAPA": "autre", "DEETS": "autre", "DIPLP": "autre",
    "E2C": "autre", "EA": "autre", "EATT": "autre", "EI": "autre", "EITI": "autre", "EPIDE": "autre", "ESS": "autre",
    "ETABL_PRI": "autre", "ETABL_PUB": "autre", "ETAT": "autre", "ETTI": "autre", "GEIQ": "autre", "LA_POSTE": "autre",
    "MDE": "autre", "MDEF": "autre", "OF": "autre", "OIL": "autre", "OPCS": "autre", "PAD": "autre", "PI": "autre",
    "PIJ_BIJ": "autre", "PJJ": "autre", "PLIE": "autre", "PREF": "autre", "REG": "autre", "SPIP": "autre"
  },
  "reseaux_porteurs": {
    "ccas-cias": "ccas",
    "departements": "departement", "maisons-des-solidarites": "departement", "delegataire-conseil-departemental": "departement",
    "ase": "departement", "maison-departementale-de-lautonomie": "departement", "mdph": "departement", "cms": "departement",
    "france-travail": "france_travail", "cap-emploi-reseau-cheops": "france_travail",
    "mission-locale": "mission_locale",
    "caf": "caf_cpam", "cpam": "caf_cpam", "mutualite-sociale-agricole": "caf_cpam",
    "communes": "mairie",
    "france-service": "france_services", "msap": "france_services",
    "croix-rouge": "association", "secours-populaire": "association", "restos-du-coeur": "association",
    "banques-alimentaires": "association", "emmaus": "association", "fcsf": "association", "mjc": "association",
    "unaf": "association", "cidff": "association", "chrs": "association", "chu": "association", "cada": "association",
    "huda": "association", "cph": "association", "federation-des-acteurs-de-la-solidarite": "association",
    "pimms-mediation": "association", "ai": "association", "aci": "association", "ressourceries": "association",
    "apprentis-dauteuil": "association", "cresus": "association", "points-conseil-budget": "association",
    "singa": "association", "snc": "association", "egee": "association", "hup": "association", "nqt": "association",
    "unis-cite": "association", "la-cravate-solidaire": "association", "duo-for-a-job": "association",
    "60000-rebonds": "association", "adie": "association", "residences-fjt": "association",
    "federation-professionnelle-femmes": "association", "coorace": "association", "chantier-ecole": "association",
    "tous-tes-possibles": "association",
    "conseillers-numeriques": "mediation_numerique", "espaces-publics-numeriques": "mediation_numerique",
    "aidants-connect": "mediation_numerique", "konexio": "mediation_numerique", "simplon": "mediation_numerique",
    "grandes-ecoles-du-numerique": "mediation_numerique", "fabrique-de-territoire": "mediation_numerique",
    "action-logement": "autre", "afpa": "autre", "agefiph": "autre", "alliance-villes-emploi": "autre", "anlci": "autre",
    "caarud": "autre", "campus-connecte": "autre", "cava": "autre", "chambres-consulaires": "autre", "cmp": "autre",
    "cnam": "autre", "collectif-emploi": "autre", "creches-avip": "autre", "crepi": "autre", "csapa": "autre", "ea": "autre",
    "eatt": "autre", "ecoles-de-la-deuxieme-chance": "autre", "ei": "autre", "eiti": "autre", "epide": "autre",
    "esat": "autre", "etcld": "autre", "etti": "autre", "face": "autre", "france-active": "autre", "french-tech": "autre",
    "geiq": "autre", "inae": "autre", "initiative-france": "autre", "la-poste": "autre", "les-premieres": "autre",
    "maisons-de-l-emploi": "autre", "mobin": "autre", "pjj": "autre", "plie": "autre", "positive-planet": "autre",
    "regions": "autre", "reseau-app": "autre", "reseau-bge": "autre", "reseau-entreprendre": "autre",
    "reseau-information-jeunesse": "autre", "points-justice": "autre", "siao": "autre", "spip": "autre", "unea": "autre", "wimoov": "autre"
  },
  "typequ": {
    "A122": "france_travail", "A127": "france_services", "A128": "france_services", "A129": "mairie",
    "D506": "association", "D703": "association", "D709": "association", "F307": "mediation_numerique",
    "A101": "autre", "A104": "autre", "A121": "autre", "A124": "autre", "A125": "autre", "A126": "autre", "A130": "autre",
    "A206": "autre", "A207": "autre", "A208": "autre", "C107": "autre", "C108": "autre", "C109": "autre",
    "C201": "autre", "C301": "autre", "C302": "autre", "C602": "autre", "D108": "autre", "D113": "autre", "D201": "autre",
    "D301": "autre", "D307": "autre", "D502": "autre", "D507": "autre", "E107": "autre", "E108": "autre", "E109": "autre"
  },
  "names": {
    "ccas": "ccas", "cias": "ccas", "c.c.a.s.": "ccas", "centre communal d'action sociale": "ccas",
    "centre intercommunal d'action sociale": "ccas", "centre d'action sociale": "ccas", "casvp": "ccas",
    "eds": "departement", "mds": "departement", "msd": "departement", "cdas": "departement", "edas": "departement",
    "espace départemental des solidarités": "departement", "espace départemental de solidarité": "departement",
    "espace départemental d'action sociale": "departement", "maison départementale des solidarités": "departement",
    "maison des solidarités": "departement", "maison de la solidarité": "departement", "conseil départemental": "departement",
    "service social départemental": "departement", "circonscription d'action sociale": "departement",
    "centre départemental d'action sociale": "departement", "territoire d'action sociale": "departement",
    "centre médico-social": "departement", "pmi": "departement", "protection maternelle et infantile": "departement",
    "aide sociale à l'enfance": "departement", "mdph": "departement",
    "france travail": "france_travail", "pôle emploi": "france_travail", "cap emploi": "france_travail", "anpe": "france_travail",
    "mission locale": "mission_locale", "missions locales": "mission_locale",
    "caf": "caf_cpam", "caisse d'allocations familiales": "caf_cpam", "caisse d'allocation familiale": "caf_cpam",
    "cpam": "caf_cpam", "caisse primaire d'assurance maladie": "caf_cpam", "assurance maladie": "caf_cpam",
    "msa": "caf_cpam", "mutualité sociale agricole": "caf_cpam", "carsat": "caf_cpam",
    "mairie": "mairie", "hôtel de ville": "mairie", "ville de": "mairie", "commune de": "mairie",
    "communauté de communes": "mairie", "communauté d'agglomération": "mairie",
    "france services": "france_services", "france service": "france_services", "msap": "france_services",
    "maison de services au public": "france_services", "maison de service au public": "france_services",
    "association": "association", "asso": "association", "secours populaire": "association",
    "secours catholique": "association", "croix-rouge": "association", "restos du cœur": "association",
    "restaurants du cœur": "association", "emmaüs": "association", "france terre d'asile": "association",
    "centre social": "association", "centre socioculturel": "association", "centre socio-culturel": "association",
    "maison de quartier": "association", "mjc": "association", "maison des jeunes et de la culture": "association",
    "cidff": "association", "udaf": "association", "chrs": "association", "groupe sos": "association",
    "fondation": "association", "armée du salut": "association", "habitat et humanisme": "association",
    "apprentis d'auteuil": "association", "espace de vie sociale": "association", "régie de quartier": "association",
    "épicerie solidaire": "association", "banque alimentaire": "association", "ligue de l'enseignement": "association",
    "emmaüs connect": "mediation_numerique", "epn": "mediation_numerique", "espace public numérique": "mediation_numerique",
    "cyberbase": "mediation_numerique", "cyber-base": "mediation_numerique", "cybercentre": "mediation_numerique",
    "fablab": "mediation_numerique", "fab lab": "mediation_numerique", "tiers-lieu": "mediation_numerique",
    "tiers lieu": "mediation_numerique", "conseiller numérique": "mediation_numerique",
    "conseillers numériques": "mediation_numerique", "médiathèque": "mediation_numerique",
    "bibliothèque": "mediation_numerique", "espace numérique": "mediation_numerique", "point numérique": "mediation_numerique",
    "médiation numérique": "mediation_numerique", "konexio": "mediation_numerique"
  }
})json";

} // namespace

std::string default_categories_json() { return built_in_categories; }

} // namespace alentour
