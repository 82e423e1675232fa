#pragma once
// A street 2.2 km long running east from the space (48.85, 2.35), with one flyer place of
// each category beside it within 700 m, a pharmacy 1.87 km away (25 min on foot at
// 4.5 km/h), and objects that must not count: a disused pharmacy (two ways of saying
// it), a school's office, primary schools, a village hall, a sports club, a private
// health centre.

#include <string>

namespace alentour::test {

inline const std::string places_world = R"(n1 x2.350 y48.85
n2 x2.353 y48.85
n3 x2.356 y48.85
n4 x2.359 y48.85
n5 x2.362 y48.85
n6 x2.365 y48.85
n7 x2.368 y48.85
n8 x2.371 y48.85
n9 x2.374 y48.85
n10 x2.377 y48.85
n11 x2.380 y48.85
w1 Thighway=residential,name=Grande%20%Rue Nn1,n2,n3,n4,n5,n6,n7,n8,n9,n10,n11
n101 Tamenity=pharmacy,name=Pharmacie%20%du%20%Centre x2.3545 y48.8502
n102 Thealthcare=centre,name=Centre%20%de%20%sant%e9% x2.3550 y48.8502
n103 Tamenity=townhall,townhall:type=city,name=Mairie x2.3555 y48.8502
n104 Tamenity=library,name=M%e9%diath%e8%que%20%Aragon x2.3560 y48.8502
n105 Tamenity=post_office x2.3565 y48.8502
n106 Toffice=government,government=social_services,name=CCAS x2.3570 y48.8502
n107 Tamenity=community_centre,name=Centre%20%social%20%des%20%Tilleuls x2.3575 y48.8502
n108 Toffice=association,name=Les%20%Amis%20%du%20%quartier x2.3580 y48.8502
n109 Toffice=government,name=France%20%Services%20%du%20%Val x2.3585 y48.8502
n110 Tamenity=school,isced:level=2%3b%3,name=Lyc%e9%e%20%polyvalent x2.3590 y48.8502
n120 Tamenity=pharmacy,name=Pharmacie%20%du%20%Bout x2.3755 y48.8502
n301 x2.3598 y48.8508
n302 x2.3602 y48.8508
n303 x2.3602 y48.8512
n304 x2.3598 y48.8512
w201 Tamenity=school,school:FR=coll%e8%ge,name=Coll%e8%ge%20%Jean%20%Moulin Nn301,n302,n303,n304,n301
n305 x2.3608 y48.8498
n306 x2.3612 y48.8498
n307 x2.3612 y48.8494
n308 x2.3608 y48.8494
w202 Nn305,n306,n307,n308,n305
r401 Ttype=multipolygon,shop=supermarket,name=Supermarch%e9%%20%du%20%Port Mw202@outer
n501 Tamenity=pharmacy,disused=yes,name=Ancienne%20%pharmacie x2.3520 y48.8502
n502 Tdisused:amenity=pharmacy,name=Pharmacie%20%ferm%e9%e x2.3522 y48.8502
n503 Toffice=educational_institution,amenity=school,school:FR=coll%e8%ge,name=OGEC x2.3524 y48.8502
n504 Tamenity=school,school:FR=%e9%l%e9%mentaire,name=%c9%cole%20%Jaur%e8%s x2.3526 y48.8502
n505 Tamenity=school,isced:level=1,name=%c9%cole%20%du%20%Parc x2.3528 y48.8502
n506 Tamenity=townhall,townhall:type=community,name=Salle%20%des%20%f%ea%tes x2.3530 y48.8502
n507 Tclub=sport,name=Club%20%de%20%foot x2.3532 y48.8502
n508 Thealthcare=centre,access=private,name=Centre%20%priv%e9% x2.3534 y48.8502
)";

} // namespace alentour::test
