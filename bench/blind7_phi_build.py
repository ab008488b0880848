"""Build the seventh blind set for the patient-identifier scrubber and its two halves.

The snippets are cut from clinical de-identification material: MEDDOCAN's Spanish clinical case
reports (BRAT annotations of the shared task), GraSCCo's German synthetic clinical letters (its
PHI annotations) and the example and test Patient / RelatedPerson resources of national FHIR
implementation guides (Australia, Switzerland, the Netherlands) written into short notes. Each
is held below with its spans marked inline as ``{T|text}``: N (PATIENT-NAME), D (DOB), M (MRN),
S (SSN), P (PHONE), E (EMAIL), A (ADDRESS) and the kept types H (HCP) and I (IGNORE) (the format
of bench/blind_phi_marks.py). The sources' own labels were mapped to these types as
BLIND7-phi.md says. The script strips the marks, computes the offsets, validates every row
(span text equals text[start:end], no overlaps, known types, no line break or outer whitespace
in a span, and bench/phi.py's ``_locate`` text search lands every label on its offset) and
splits the set: within each source repository (the small FHIR guide repositories count as one,
see STREAMS) alternate units (a source document; documents that share a patient or a number
form one, see UNITS) go to the development and held-out halves, the first to dev; units without
any patient identifier alternate among themselves, the first to dev. Never runs a detector and
imports nothing from prepcli.

    python bench/blind7_phi_build.py                 # write bench/phi_blind7_dev.jsonl + _held.jsonl
    python bench/blind7_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind7_phi_build.py --check         # validate the written halves only

Provenance of each snippet is in its ``source`` field; BLIND7-phi.md describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import blind_phi_marks as marks

BENCH = Path(__file__).resolve().parent
DEV = BENCH / "phi_blind7_dev.jsonl"
HELD = BENCH / "phi_blind7_held.jsonl"
SPLIT = "blind7"

# key prefix -> (repository, commit, how a key's rest becomes the path in the repository)
REPOS = {
    "md": ("PlanTL-GOB-ES/SPACCC_MEDDOCAN", "783a6df385c975b328c99bcffb54196a9ba4078a",
           "{}.txt + {}.ann"),
    "gr": ("calgo-lab/redakt-grascco", "b75e074ebb665eff39865db3580f0207cf5ea56e",
           "data/grascco_ner_data.csv (document_title {}; = data/raw/11502329/grascco_phi_annotation_json/{}_phi.json)"),
    "au": ("hl7au/au-fhir-base", "5cae70eb1f9f21f776d4b741fc9c69b374ec8568", "input/examples/{}"),
    "ch": ("hl7ch/ch-core", "de16c380ac9c67e9eaf76b24f45cd5d3a6c98e58", "input/fsh/instances/{}"),
    "at": ("hl7au/au-fhir-test-data", "7da337862ffc43953c12bc880dec474194365ba9",
           "au-fhir-test-data-set/au-core/{}"),
    "ac": ("hl7au/au-fhir-childhealth", "922683df155dfe711d585a7cac8be01ec8610e29", "examples/{}"),
    "nt": ("Nictiz/Nictiz-testscripts", "e851d704dca7f25fc36f9df7713488b88a923d0d",
           "src/MP9-3-0-0-beta/Test/_reference/fixtures/{}"),
    "nl": ("Nictiz/Nictiz-R4-zib2020", "63373ef1603d7b2df65baf5d778565ed02358fcb", "examples/{}"),
}  # fmt: skip
CH_FOLDERS = {"BiologicalFather.fsh": "relatedperson", "AllzeitBereit.fsh": "practitioner"}

# Documents that share a patient or one of his numbers go to the same half (a tuner who opens
# the development half must not meet a held-out patient there).
UNITS = {
    "gr:Tupolev_1.txt": "gr:Tupolev", "gr:Tupolev_2.txt": "gr:Tupolev",
    "gr:Tupolev_3.txt": "gr:Tupolev", "gr:Tupolev_4.txt": "gr:Tupolev",
    "gr:Schnitzler.txt": "gr:Ehrenberger.txt",  # the same letter with another name and the same numbers
    "au:patient-example1.xml": "au:patient-example0.xml",  # the same IHI
    "au:patient-example8.xml": "au:patient-example0.xml",  # the same IHI
    "au:patient-example7.xml": "au:patient-example0.xml",  # the same Centrelink CRN
    "au:patient-example6.xml": "au:patient-example0.xml",  # the same hospital number as example7
    "au:relatedperson-example0.xml": "au:patient-example0.xml",  # the same record-number series
    "au:relatedperson-example1.xml": "au:patient-example0.xml",  # the same suburb and street as example1
    "nl:nl-core-TreatmentDirective2-02-Patient-01.xml": "nl:nl-core-Patient-01.xml",  # the same phone
}  # fmt: skip

# The national guides' examples are few per repository; they alternate as one stream so that
# neither half gets most of them.
STREAMS = {
    repo: "national FHIR guides' examples"
    for repo in ("hl7au/au-fhir-base", "hl7au/au-fhir-childhealth", "hl7ch/ch-core",
                 "Nictiz/Nictiz-R4-zib2020", "Nictiz/Nictiz-testscripts")
}  # fmt: skip


def source(key: str) -> dict[str, str]:
    prefix, rest = key.split(":", 1)
    repo, commit, path = REPOS[prefix]
    if prefix == "ch":
        rest = f"{CH_FOLDERS.get(rest, 'patient')}/{rest}"
    return {"repo": repo, "commit": commit, "path": path.format(rest, rest)}


# fmt: off
# (source key, record: which part of the source and how it was used, marked text)
SNIPPETS: list[tuple[str, str, str]] = [
    # ---------------- MEDDOCAN (Spanish clinical case reports) ----------------
    ("md:corpus/dev/brat/S0004-06142007000700014-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Ramón} .\nApellidos: {N|García Robles}.\nCIPA: nhc-{M|2906854}.\nNASS: {S|28 32128591 09}."),
    ("md:corpus/test/brat/S0004-06142007000900013-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre:  {N|Jesús} .\nApellidos:{N|Aguilar Herrero} .\nCIPA: nhc-{M|16256424}.\nNASS:."),
    ("md:corpus/test/brat/S0004-06142007000900013-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Número de teléfono de la madre: {P|630 304 365}."),
    ("md:corpus/test/brat/S0004-06142007000900013-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Historia Actual: Recién nacido de tres días de vida, que acude a urgencias con su madre {N|Remedios} por descubrir un aumento del hemiescroto izquierdo, así como un color violáceo del mismo; {N|Jesús} se encontraba bien al nacimiento según los padres, y en las últimas cuatro horas presenta un llanto inconsolable. No presenta fiebre, ni otro dato clínico adicional."),
    ("md:corpus/test/brat/S0210-48062004000500010-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Manuel}.\nApellidos: {N|Fernández García}.\nCIPA: nhc-{M|2545164}.\nNASS: ."),
    ("md:corpus/test/brat/S0210-48062004000500010-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Número de teléfono de la madre: {P|637 909 232}."),
    ("md:corpus/train/brat/S0210-56912006000100005-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre:  {N|Hugo}.\nApellidos: {N|Rot Rodriguez}.\nNHC: {M|78956135/2}."),
    ("md:corpus/train/brat/S0210-56912006000100005-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Historia Actual: Antes del ingreso {N|Hugo} no había presentado ninguna crisis hipóxica. Su curva ponderal era adecuada."),
    ("md:corpus/train/brat/S0210-56912006000100005-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Queda pendiente de fecha para una nueva revision avisando a su madre {N|Teresa Rodriguez} al numero de movil {P|618981345}"),
    ("md:corpus/train/brat/S1130-05582012000100005-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Esta prevista de revision dentro de un mes a partir del alta, avisando a la madre al número de movil: {P|653 343 435}"),
    ("md:corpus/dev/brat/S0211-57352011000100008-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Marisol}.\nApellidos: {N|Iparraguirre Otegi}.\nNHC: {M|78465239}.\nNASS: {S|98 65874123 06}."),
    ("md:corpus/dev/brat/S0211-57352011000100008-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "{N|Marisol} vive sola y es autónoma para las actividades de la vida diaria aunque recibe ayuda domiciliaria. La familia refiere clínica inicial de oscilaciones del estado de ánimo y vestimenta extravagante que posteriormente evoluciona a disartria, dificultad en la marcha y desorientación temporo-espacial."),
    ("md:corpus/dev/brat/S0211-57352011000100008-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Antecedentes: {N|Marisol} presenta antecedentes de larga data con varios ingresos en servicios de psiquiatría."),
    ("md:corpus/train/brat/S0376-78922009000100014-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre:  {N|Fernanda} .\nApellidos: {N|Castro Gomez}.\nNHC: {M|97645}.\nNASS: {S|82 56897565 09}."),
    ("md:corpus/train/brat/S0376-78922009000100014-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Antecedentes familiares: {N|Fernanda} es la mayor de dos hijas de padres no consanguíneos."),
    ("md:corpus/train/brat/S0376-78922009000100014-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "No hay otros antecedentes de interés en la familia materna o paterna de {N|Fernanda}."),
    ("md:corpus/train/brat/S1579-699X2004000400002-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Teresa} .\nApellidos: {N|Puertas Rondon}.\nNHC: {M|3578694}.\nNASS: {S|98 35768024 01}."),
    ("md:corpus/train/brat/S1579-699X2004000400002-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Informe clínico del paciente: La Sra. {N|Teresa Puertas Rondon}, es una mujer de 36 años que estuvo empleada desde los 25 a los 33 años como soldadora, utilizando estireno, en una fábrica de depósitos plásticos. Aproximadamente un año después de empezar a trabajar, se quedó embarazada y estuvo de baja hasta los 27 años, como marca la ley."),
    ("md:corpus/test/brat/S0210-56912007000200007-3", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre:  {N|Jose}.\nApellidos: {N|Escudero Martinez}.\nNHC: {M|78943621}."),
    ("md:corpus/test/brat/S0210-56912007000200007-3", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "{N|Jose} tiene dos hermanos sanos y una hermana con cardiopatía congénita fallecida a los 15 días de vida."),
    ("md:corpus/dev/brat/S0004-06142007000900017-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre:  {N|Guillermo}.\nApellidos: {N|Pedroche Roa}.\nNHC: {M|3587642}.\nNASS: {S|20 24576261 33}."),
    ("md:corpus/dev/brat/S0004-06142007000900017-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "En la exploración física {N|Guillermo} estaba consciente, orientado y colaborador, presentando ptosis palpebral izquierda con salida del ojo del mismo lado, sin soplo aparente, con paresia del III y VI pares izquierdos. Asimismo presentaba alteraciones en la sensibilidad de la mitad derecha de la cara, siendo el resto de la exploración neurológica motora y sensitiva normal."),
    ("md:corpus/train/brat/S1130-05582017000200117-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre:  {N|Paula}.\nApellidos: {N|VIdal Miguel}.\nNHC: {M|5637828}.\nNASS: {S|47 47182936 46}."),
    ("md:corpus/train/brat/S1130-05582017000200117-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Las dos abuelas de {N|Paula} tuvieron cáncer de mama."),
    ("md:corpus/train/brat/S0376-78922012000300010-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Antonella} .\nApellidos: {N|Rocuzzo Asnicar}.\nNHC: {M|987544}."),
    ("md:corpus/train/brat/S0376-78922012000300010-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "{N|Antonella} no tiene hermanos."),
    ("md:corpus/test/brat/S0212-71992006000900007-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Jose} .\nApellidos: {N|Llorente Zabala}.\nNHC: {M|3785649}.\nNASS: {S|43 97856395 65}."),
    ("md:corpus/dev/brat/S0212-71992005000600008-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Luis}.\nApellidos: {N|Miguel Reiz}.\nNHC: {M|7834631}.\nNASS: {S|78 34560871 46}."),
    ("md:corpus/dev/brat/S0212-71992005000600008-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Lesión hipodensa en cola del páncreas de 1,7 x 1 cm posiblemente en relación con tumor primario. Implantes tumorales en partes blandas, una de ellas a nivel periumbilical, compatible con nódulo de la hermana {N|María José Miguel Reiz}, y otra en músculo iliaco derecho, con infiltración ósea metastásica en pelvis, sacro y vértebras lumbares."),
    ("md:corpus/dev/brat/S2254-28842012000300010-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Enrique} .\nApellidos: {N|Ontiveros Ruiz}.\nNHC: {M|20895673}.\nNASS: {S|89 26783467 80}."),
    ("md:corpus/dev/brat/S2254-28842012000300010-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Varón de 88 años en programa de HD desde diciembre-{I|2002}, por insuficiencia renal secundaria a nefrectomía bilateral por neoplasia renal ({I|1999} y {I|2002}), inhabilitado para ABVD, por lo cual está al cuidado de su hija de 50 años de nombre {N|Natalia Ontiveros Palacios}, ademas posee antecedentes de hipertensión arterial, apendicectomía, colecistectomía y herniorrafia inguinal derecha. Esplenectomía por lesión del bazo durante la nefrectomía derecha ({I|2002})."),
    ("md:corpus/train/brat/S0210-48062004000700006-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Maria}.\nApellidos: {N|Cruz Osores}.\nNHC: {M|7895673}.\nNASS: {S|37 86573566 30}."),
    ("md:corpus/train/brat/S0210-48062004000700006-1", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Informe clínico del paciente: Paciente de 60 años con antecedentes de trastornos depresivos, con intento de autolesión, que segun su esposo, {N|Diego Maldonado Jimenez}, se ha provocado politraumatismo con fractura de sacro, rama iliopubiana derecha (2 años de evolución); cursando posteriormente con infecciones urinarias de repetición, estreñimiento e incontinencia de patrón irritativo."),
    ("md:corpus/train/brat/S0365-66912011001000003-2", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Liliana}.\nApellidos: {N|Padilla Sotelo}.\nNHC: {M|7834683}."),
    ("md:corpus/train/brat/S0365-66912011001000003-2", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Los valores de estereopsis fueron normales, de 40\". Se habló con los padres  {N|Teresa} y {N|Juan Carlos} para tranquilizarles sobre la situación de la niña, y fue remitida de nuevo a su centro de referencia para control y seguimiento."),
    ("md:corpus/train/brat/S1139-76322016000300016-2", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Héctor} .\nApellidos: {N|Garrido Vidal}.\nNHC: {M|9875321}."),
    ("md:corpus/train/brat/S1139-76322016000300016-2", "sentence(s) of the case report verbatim; MEDDOCAN labels mapped (relatives' names inside FAMILIARES_SUJETO_ASISTENCIA spans marked as names)",
     "Informe clínico del paciente: Lactante de 1 mes y 29 días, sin antecedentes de interés, que acude a Urgencias de Pediatría tras ingerir, 30 minutos antes, seis gotas de aceite de árbol del té. El producto fue administrado por sus padres {N|Ana Jesus Vidal Sotillo} y {N|Nicolás Garrido Vadía}, debido a un error al confundirlo con un envase de vitamina D. Tras la ingesta, el paciente se encontraba asintomático y a su llegada a Urgencias mostraba una exploración física y neurológica normal."),
    ("md:corpus/test/brat/S1130-01082008000900016-1", "header lines Domicilio..CP verbatim; MEDDOCAN labels mapped",
     "Domicilio:  {A|Avda. Islas Filipinas, 34}.\nLocalidad/ Provincia: {A|Madrid}.\nCP: {A|28047}."),
    ("md:corpus/test/brat/S0004-06142007000900010-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|José Antonio} .\nApellidos: {N|Duran Navarro}.\nCIPA: {M|21413043}.\nNASS: {S|73 4563215 45}."),
    ("md:corpus/test/brat/S0004-06142008000500015-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Alejandro}   .\nApellidos: {N|Morales Crespo}.\nCIPA: nhc-{M|79324542}.\nNASS: {S|61 65132546 22}."),
    ("md:corpus/test/brat/S1130-01082005000500013-1", "header lines from Fecha de nacimiento to Médico/Episodio verbatim; MEDDOCAN labels mapped",
     "Fecha de nacimiento: {D|21/11/1973}.\nPaís: España.\nEdad: 43 años Sexo:.\nFecha de Ingreso: {I|01/03/2017}.\nServicio:.\nEpisodio:."),
    ("md:corpus/test/brat/S0004-06142009000300014-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Antonio}.\nApellidos: {N|Moreno Flores}.\nCIPA: nhc-{M|9764523}.\nNASS: {S|02 465497132 12} ."),
    ("md:corpus/test/brat/S0004-06142009000100010-3", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Rosario} .\nApellidos: {N|Hernández Ramos}.\nCIPA: nhc-{M|7845454}.\nNASS: {S|23 14657845 23}."),
    ("md:corpus/test/brat/S0004-06142009000100010-3", "header lines Domicilio..CP verbatim; MEDDOCAN labels mapped",
     "Domicilio: {A|Pº rosales, 28,3A} .\nLocalidad/ Provincia: {A|Zaragoza}.\nCP: {A|50008}."),
    ("md:corpus/test/brat/S0365-66912007001200011-1", "header lines from Fecha de nacimiento to Médico/Episodio verbatim; MEDDOCAN labels mapped",
     "Fecha de nacimiento: {D|05/12/1943}.\nPaís: España.\nEdad: 74 años Sexo: H.\nFecha de Ingreso: {I|05/01/2017}.\nServicio: Oftalmologia.\nEpisodio: {M|9848163}."),
    ("md:corpus/test/brat/S0004-06142008000400011-2", "header lines from Fecha de nacimiento to Médico/Episodio verbatim; MEDDOCAN labels mapped",
     "Fecha de nacimiento: {D|29/09/1954}.\nPaís: España.\nEdad: 61  Sexo: H.\nFecha de Ingreso: {I|13/12/2015}.\nMédico: {H|Paloma Delgado Bavai} NºCol: {I|22 22 26452}."),
    ("md:corpus/test/brat/S0210-56912008000100008-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre:  {N|Manuel}.\nApellidos: {N|Mendez Montoya}.\nNHC: {M|19547865}.\nNASS: {S|26 23457896 12}."),
    ("md:corpus/test/brat/S0210-56912008000100008-1", "header lines Domicilio..CP verbatim; MEDDOCAN labels mapped",
     "Domicilio: {A|Calle Alisos, 19}.\nLocalidad/ Provincia: {A|Ciudad Real}.\nCP: {A|13002}."),
    ("md:corpus/test/brat/S0004-06142009000200013-1", "header lines Domicilio..CP verbatim; MEDDOCAN labels mapped",
     "Domicilio: {A|AV. Conde Casal, 35}.\nLocalidad/ Provincia: {A|Zamora}.\nCP: {A|49510}."),
    ("md:corpus/test/brat/S0365-66912008000100007-2", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Aina} .\nApellidos: {N|Cabrera Navarro}.\nNHC: {M|8309139} ."),
    ("md:corpus/test/brat/S0365-66912008000100007-2", "header lines from Fecha de nacimiento to Médico/Episodio verbatim; MEDDOCAN labels mapped",
     "Fecha de nacimiento: {D|04/03/02}.\nPaís de nacimiento: España.\nEdad: 11 años Sexo: M.\nFecha de Ingreso: {I|05/11/2013}.\nServicio: Oftalmología.\nEpisodio: {M|3024760}."),
    ("md:corpus/test/brat/S1887-85712015000100005-1", "header lines Domicilio..CP verbatim; MEDDOCAN labels mapped",
     "Domicilio: {A|Calle de Colón, 18, 5 A}.\nLocalidad/ Provincia: {A|Madrid}.\nCP: {A|28046}."),
    ("md:corpus/test/brat/S0210-48062010000100019-4", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre:  {N|Antonia}.\nApellidos: {N|Pinchete Trigo}.\nCIPA: nhc-{M|214130}.\nNASS: {S|28 13465656 52}."),
    ("md:corpus/test/brat/S0212-16112009000300015-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre:  {N|Mauricio}.\nApellidos: {N|Pérez Navarro}.\nNHC: {M|8946887}.\nNASS: {S|94 68716451 52} ."),
    ("md:corpus/test/brat/S0365-66912004000800009-1", "header lines from Fecha de nacimiento to Médico/Episodio verbatim; MEDDOCAN labels mapped",
     "Fecha de nacimiento: {D|10/10/1964}.\nPaís: España.\nEdad: 53 años Sexo: M.\nFecha de Ingreso: {I|16/10/2017}.\nEpisodio: {M|368556}.\nMédico: {H|Miguel Cordero-Coma} NºCol: {I|24 24 67845}."),
    ("md:corpus/test/brat/S1699-695X2015000300013-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre:  {N|Emilio}.\nApellidos: {N|Salgado Ulloa}.\nNHC:  {M|8947356}.\nNASS: {S|78 03465063 30}."),
    ("md:corpus/test/brat/S0210-48062005001000013-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Alfonso}.\nApellidos: {N|Diaz Sierra}.\nNHC: {M|8973552}.\nNASS: {S|89 56785477 01}."),
    ("md:corpus/test/brat/S0210-48062005001000013-1", "header lines Domicilio..CP verbatim; MEDDOCAN labels mapped",
     "Domicilio: {A|C/ Melquiades, 2, 6, 1}.\nLocalidad/ Provincia: {A|Madrid}.\nCP: {A|28047}."),
    ("md:corpus/test/brat/S0365-66912005001200012-1", "header lines from Fecha de nacimiento to Médico/Episodio verbatim; MEDDOCAN labels mapped",
     "Fecha de nacimiento: {D|13/06/1975}.\nPaís de nacimiento: España.\nEdad: 40 años Sexo: H.\nFecha de Ingreso: {I|26/01/2016}.\nMédico: {H|Victoria Oviedo Gómez} NºCol: {I|34 34 51203}."),
    ("md:corpus/test/brat/S1130-05582012000300006-1", "header lines from Fecha de nacimiento to Médico/Episodio verbatim; MEDDOCAN labels mapped",
     "Fecha de nacimiento: {D|14/07/1988}.\nPaís de nacimiento: España.\nEdad: 22 años Sexo: H.\nFecha de Ingreso: {I|21/10/2010}.\nMédico: {H|Loreto Canto Contreras} NºCol: {I|28 28}."),
    ("md:corpus/test/brat/S1130-01082008001200016-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Sergio}.\nApellidos: {N|Elizondo Castro}.\nNHC: {M|7843905}.\nNASS: {S|73 45673045 64}."),
    ("md:corpus/test/brat/S1130-01082008001200016-1", "header lines Domicilio..CP verbatim; MEDDOCAN labels mapped",
     "Domicilio: {A|Avda. Julio Palacios, 23}.\nLocalidad/ Provincia: {A|Madrid}.\nCP: {A|28046}."),
    ("md:corpus/test/brat/S0210-48062004000300007-1", "header lines Domicilio..CP verbatim; MEDDOCAN labels mapped",
     "Domicilio: {A|C/ Sinesio Delgado, 23}.\nLocalidad/ Provincia: {A|Madrid}.\nCP: {A|28235}."),
    ("md:corpus/test/brat/S0210-56912006000300007-2", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Adrian}.\nApellidos: {N|Esposito Lopilato}.\nNHC: {M|15-85622454}."),
    ("md:corpus/test/brat/S0210-56912006000300007-2", "header lines from Fecha de nacimiento to Médico/Episodio verbatim; MEDDOCAN labels mapped",
     "Fecha de nacimiento: {D|15/06/1968}.\nPaís: Argentina.\nEdad: 49 años Sexo: Hombre.\nFecha de Ingreso: {I|13/11/2017} .\nEpisodio: {M|1583097461454}.\nMédico: {H|Raymond Karatanasopuloz Pintos}."),
    ("md:corpus/test/brat/S1130-01082005001200013-1", "header lines Domicilio..CP verbatim; MEDDOCAN labels mapped",
     "Domicilio: {A|C/ Pelayo, 66}.\nLocalidad/ Provincia: {A|Sevilla}.\nCP: {A|41005}."),
    ("md:corpus/test/brat/S1130-01082008000900015-1", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Christian} .\nApellidos: {N|Diaz Menendez}.\nNHC: {M|7234623}.\nNASS: {S|28 27620475 65}."),
    ("md:corpus/test/brat/S1130-01082008000500017-2", "header lines Nombre..NASS/NHC verbatim; MEDDOCAN labels mapped",
     "Nombre: {N|Carlos}.\nApellidos: {N|Ferrero Ferrero}.\nNHC: {M|8925673}.\nNASS: {S|43 56365937 85}."),
    ("md:corpus/dev/brat/S1130-01082008000100009-1", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Remitido por: Dr. {H|Antonio Hernandez Maradiaga}. Clínica Médico Forense. Edificio Juzgados. {I|c/ Los Balbos, s/n}. {I|Cádiz}. Tfno. {I|956 013 059} y {I|956 013 060}."),
    ("md:corpus/dev/brat/S0004-06142008000400016-1", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Remitido por: Dr. {H|José Manuel Janeiro Pais}. {I|Paseo Lázaro Cárdenas, 23 - 1º E}. {I|15009 La Coruña}. (España) {I|janeiropais@canalejo.org}"),
    ("md:corpus/dev/brat/S1130-01082010000600013-1", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Remitido por: Dra. {H|Eva Tizón Bouzo}. Complejo Hospitalario Universitario de Ferrol {I|Avenida de la Residencia, s/n 15405 Ferrol} ({I|A Coruña}) Tel.: {I|981 33 40 00} E-mail: {I|eva.tizon.bouza@sergas.es}"),
    ("md:corpus/dev/brat/S0211-69952011000400013-1", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Responsable clínico: Dr. {H|Pablo Justo Ávila}, Servicio de Nefrología, IIS-Fundación Jiménez Díaz, {I|Avda. Reyes Católicos, 2, 28040, Madrid} E-mail: {I|pjusto83@gmail.com}"),
    ("md:corpus/dev/brat/S0378-48352004000900006-1", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Remitido por: Dr. {H|Karra Amillano Párraga}. Instituto Oncológico de {I|Guipúzcoa} {I|Aldaconea, 44 E-20012 San Sebastián} ({I|Guipúzcoa}) E-mail: {I|kamillano@oncologico.org}"),
    ("md:corpus/dev/brat/S1130-14732005000600007-1", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Responsable clínico: {H|Jaime Domínguez}. Servicio de Neurocirugía. Hospital Universitario Nuestra Señora de Candelaria. {I|Carretera del Rosario S/N}. {I|38010 Santa Cruz de Tenerife}."),
    ("md:corpus/dev/brat/S1130-01082005001100014-1", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Remitido por:  {H|Pedro M. Garamendi}. IVML. {I|Vizcaya}. Servicio de Clínica Médico Forense. {I|C/ Buenos Aires nº 6}. {I|48001 Bilbao}. Correo electrónico: {I|garamendi.pm@aju.ej-gv.es} 1Médico forense. Especialista en Medicina Legal y Forense. Servicio de Clínica Médico Forense. IVML. {I|Vizcaya}"),
    ("md:corpus/dev/brat/S0365-66912009001100006-1", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Remitido por: Dra. {H|Carmen Ispa Callén}. Complejo Hospitalario La Mancha-Centro {I|Avenida de la Constitución 13600 Alcázar de San Juan} ({I|Ciudad Real}). España E-mail: {I|flarmed@hotmail.com}"),
    ("md:corpus/dev/brat/S1135-76062012000200006-1", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Responsable clínico: {H|Maria Subirana Domènech} Institut de Medicina Legal de Catalunya Servei de Patologia Forense Edifici G, 5a planta {I|Gran Vía, 111}. {I|Barcelona 08014} E-mail: {I|25402msd@comb.cat}"),
    ("md:corpus/dev/brat/S0212-71992007000100007-1", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Remitido por: {H|Norberto Gómez Rodríguez}. Unidad de Reumatología Colón-28-Clínica. {I|Colón, 28, 1º}. {I|36201 Vigo}. e-mail: {I|ngomez@povisa.es}"),
    ("md:corpus/dev/brat/S0376-78922011000100010-1", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Responsable clínico: Dr. {H|Nikolaos Antoniadis} P. Departamento de Cirugía Plástica. Hospital Militar Dr. Carlos Arvelo {I|Avda. José Angel Lamas, San Martín}. {I|Caracas}. Venezuela e-mail: {I|nikosurgery@hotmail.com}"),
    ("md:corpus/dev/brat/S1130-01082008000500016-2", "'Remitido por'/'Responsable clínico' line verbatim: the author clinician, institution address and contacts; no patient",
     "Remitido por: Dr. {H|Héctor Pastor Navarro} Servicio de Urología Complejo Hospitalario Universitario de Albacete {I|Hermanos Falcó, s/n} - {I|02006 Albacete} Tel.: {I|967 597 100} E-mail autor: {I|hektorpn@hotmail.com}"),
    ("md:corpus/dev/brat/S1130-05582009000600004-1", "a sentence of the clinical text without a patient identifier (hospitals, places, companies, brand names) verbatim; MEDDOCAN labels mapped",
     "Informe clínico del paciente: Se presenta en el Servicio de Cirugía Máxilofacial del Complejo Hospitalario San Borja Arriarán un paciente de sexo femenino de 15 años de edad consultando por asimetría facial derecha, indolora, que ha evolucionado en el tiempo en forma progresiva sin ninguna otra sintomatología."),
    ("md:corpus/test/brat/S0376-78922016000300005-1", "a sentence of the clinical text without a patient identifier (hospitals, places, companies, brand names) verbatim; MEDDOCAN labels mapped",
     "Tras 8 meses de evolución la paciente presenta una herida estable, sin dolor, que le permite llevar una vida normal, contabilizando 2 puntos en base a la Escala de Cicatrización de Vancouver (Vancouver Scar Scale)."),
    ("md:corpus/dev/brat/S0465-546X2008000200010-1", "a sentence of the clinical text without a patient identifier (hospitals, places, companies, brand names) verbatim; MEDDOCAN labels mapped",
     "A las dos semanas acudió por propia iniciativa a la Unidad de Toxicología del Hospital Clínico de Barcelona, por persistencia de las lesiones eritema-escamosas, disconfort abdominal y disgeusia. La exploración física era normal y en la analítica de sangre y orina únicamente destacaba una bilirrubina total de 2,5 mg/dl (VN: hasta 1,2 mg/dl) con una bilirrubina indirecta del 2,1 mg/dl."),
    ("md:corpus/test/brat/S1134-80462006000600005-1", "a sentence of the clinical text without a patient identifier (hospitals, places, companies, brand names) verbatim; MEDDOCAN labels mapped",
     "Se administró oxígeno mediante gafas nasales a 4 l/m, y se monitorizó el electrocardiograma, capnografía, pulsioximetría y la presión arterial incruenta desde el inicio del proceso a su alta de la unidad de recuperación postanestésica, de acuerdo con las recomendaciones de la Sociedad Española de Anestesiología y Reanimación."),
    ("md:corpus/test/brat/S1130-05582010000200004-1", "a sentence of the clinical text without a patient identifier (hospitals, places, companies, brand names) verbatim; MEDDOCAN labels mapped",
     "El tratamiento inicial consistió en curetaje, remodelación ósea y tratamiento con oxígeno hiperbárico (Hospital Militar de Zaragoza, 17 sesiones con oxígeno hiperbárico al 100%: 2,5 ATA-60 minutos)."),
    ("md:corpus/dev/brat/S0376-78922016000400007-1", "a sentence of the clinical text without a patient identifier (hospitals, places, companies, brand names) verbatim; MEDDOCAN labels mapped",
     "Realizamos escoplado de la totalidad del periostio expuesto e inicio de terapia de vacío sobre el defecto resultante. Aplicamos la terapia de vacío mediante dispositivo VAC® (KCI Clinic Spain SL), en modo continuo, a 125 mmHg."),
    ("md:corpus/test/brat/S1137-66272009000100013-1", "a sentence of the clinical text without a patient identifier (hospitals, places, companies, brand names) verbatim; MEDDOCAN labels mapped",
     "Con objeto de estudiar las arterias coronarias y descartar vasculopatía del injerto se realizó una coronariografía mediante TCDF con los siguientes parámetros: 120 kV, 350 mAs efectivos para cada tubo, CTDIvol= 41 mGy. Se administraron 70 ml de contraste yodado (Iomeron 400, 400 mgI/ml, Bracco, Milán, Italia) a través de una vena antecubital derecha."),
    ("md:corpus/test/brat/S0365-66912005001100009-2", "a sentence of the clinical text without a patient identifier (hospitals, places, companies, brand names) verbatim; MEDDOCAN labels mapped",
     "Al año de la cirugía, la PIO era de 12 mmHg con maleato de timolol 0,5% (Timoftol® 0,5%, Merck Sharp & Dohme de España SA, Madrid) cada 12 horas."),
    ("md:corpus/dev/brat/S1130-14732005000600008-1", "a sentence of the clinical text without a patient identifier (hospitals, places, companies, brand names) verbatim; MEDDOCAN labels mapped",
     "A través de la malla de la endoprótesis se introdujo un microcatéter con el que se liberaron espirales GDC (Boston Scientific Co.) sin riesgo de migración."),
    # ---------------- GraSCCo (German synthetic clinical letters) ----------------
    ("gr:Albers.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Werte Frau Kollegin, werter geehrter Herr Kollege!\nWir berichten über lhre Patientin {N|Beate Albers} (* {D|4.4.1997}), die sich vom {I|19.3.} bis zum {I|7.5.2029} in unserer stat. Behandlung befand."),
    ("gr:Albers.txt", "a later sentence naming the patient verbatim; GraSCCo labels mapped",
     "Bei Frau {N|Albers} ist psychiatrischerseits eine Wahnvorstellung bekannt. Sie hatte sich zuhause die Ii. Hand selbst amputiert und sich das Haupthaar angezündet."),
    ("gr:Albers.txt", "a sentence of the clinical text without a patient identifier (drugs and brands, a clinician) verbatim; GraSCCo labels mapped",
     "Eine intermittierende psychotische Symptomatik therapierten wir zunächst mit Lorazepam (Tavor®) und Haloperidol (Haldol®). Im weiteren Verlauf wurde diese Medikation einschleichend durch Risperidon (Risperdal®) ersetzt."),
    ("gr:Albers.txt", "a sentence of the clinical text without a patient identifier (drugs and brands, a clinician) verbatim; GraSCCo labels mapped",
     "Sie hatte die letzte antipsychotische Erhaltungsmedikation von 2 mg abgesetzt, die ambulant behandelnde Psychiaterin Frau Dr. {H|Siewert} wusste davon."),
    ("gr:Amanda_Alzheimer.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten Ihnen abschließend über unsere gemeinsame Patientin {N|Amanda Alzheimer}, die sich vom {I|24.01.2028} bis zum {I|06.02.2028} in unserer intensivmedizinischen Behandlung befand."),
    ("gr:Amanda_Alzheimer.txt", "a later sentence naming the patient verbatim; GraSCCo labels mapped",
     "Wir danken für die prompte Übernahme von Frau {N|Alzheimer} und stehen für Rückfragen gerne unter der o.g. Telefon-Nr. zur Verfügung. Die Angehörigen von Frau {N|Alzheimer} haben wir über die Verlegung zu Ihnen unterrichtet. (Telefon: Sohn {N|Alois Alzheimer} {P|08991/23354} Handy {P|0699-15099887})"),
    ("gr:Amanda_Alzheimer.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "Prof. Dr. {H|Norbert Breuer}      {H|Klaus Pfeiffer}                 Priv.-Doz. Dr. med. {H|Xaver Seiler}\nÄrztlicher Direktor           Oberarzt \t\t         \t\t Assistenzarzt"),
    ("gr:Baastrup.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Betr.: {N|Asger Baastrup}, geb. {D|5.7.54}, {A|Schleswiger Str. 95a}, {A|24941 Flensburg}"),
    ("gr:Beuerle.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Wir berichten Ihnen über unsere gemeinsame Patientin {N|Manuela Beuerle}, * {D|19.04.2020}, die sich am {I|09.02.22} in unserer ambulanten  Behandlung befand."),
    ("gr:Boeck.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten nachfolgend über unsere gemeinsame Patientin {N|M. Boeck}, geboren am {D|1.2.2000}, die sich vom {I|3.5.} bis {I|8.5.2028} in unserer stat. Behandlung befand."),
    ("gr:Boeck.txt", "a later sentence naming the patient verbatim; GraSCCo labels mapped",
     "Verlauf:\nIm stationären Verlauf mit Monitoring der Vitalparameter unter Therapie mit Konakion, Antiemetika (Metoclopramid) und Analgetika (Diclofenac) kam es zur deutlichen Verbesserung des AZs der Patientin, so dass konnten wir Frau {N|Boeck} in stabilem AZ und relativer Beschwerdefreiheit am {I|8.5.2028} entlassen konnten."),
    ("gr:Cajal.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten über unseren gemeinsamen Patienten, Herrn {N|Ramón Cajal}, *{D|23.03.1968}, {A|Gartenpfad 44}, {A|33455 Wiesental}, der sich vom {I|20.08.2032} bis {I|22.08.2032} in unserer stat. Behandlung befand."),
    ("gr:Clausthal.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Ambulanz vom {I|24.11.2029}\nPatientin: {N|Clausthal, Marie} geb. am {D|1.10.1975}"),
    ("gr:Colon_Fake_A.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten von Frau {N|Antonia Anderer}, *{D|21/3/2017}, stat. Aufenthalt {I|12/12/66 - 23/12/66}"),
    ("gr:Colon_Fake_B.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten hier über unsere gemeinsame Patientin, Frau {N|Beatrice DE BEAUHARNAIS}, Fallnummer: {M|23346011}, geboren am: {D|24.04.1987}, die sich vom {I|20.12.2033} bis zum {I|28.12.2033} in unserer stationären Behandlung befand."),
    ("gr:Colon_Fake_B.txt", "a later sentence naming the patient verbatim; GraSCCo labels mapped",
     "Die stationäre Aufnahme von Frau {N|de Beauharnais} erfolgte zur Einleitung der Polychemotherapie nach dem Folfox-Regime.\nSie berichtet über starke Schmerzen beim Sitzen."),
    ("gr:Colon_Fake_C.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten über Frau {N|CHRIST, Charlotte}, Fall-Nr.{M|6733340001}, *{D|24.12.1972}, Stationär vom {I|2.2.2023} zum {I|14.2.2023}"),
    ("gr:Colon_Fake_D.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten über den stat. Aufenthalt von Frau {N|DAMARIS, Dyonisia}, vom {I|2.5.2018} bis {I|16.5.2018}."),
    ("gr:Colon_Fake_E.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten Ihnen von unserem gemeinsamen Patienten {N|Euripedes Erler} (FN:{M|445544767}), geb. {D|30.12.1987}der sich vom {I|12.7.2033} bis {I|21.7.2033} in unserer stationären Behandlung befand."),
    ("gr:Colon_Fake_E.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "Ass.Dr. {H|Jonathan Schwach}  Prof. Dr. {H|Josefine Häfele}"),
    ("gr:Colon_Fake_F.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten über den Patienten {N|FRITZLE, Fridolin}, Fallnummer: {M|100101911}, *{D|6/7/1980}, der sich\nvom {I|1/12/2029} bis {I|16/12/1929} in unserer stat. Behandlung befand."),
    ("gr:Colon_Fake_G.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten über Frau {N|GERODLSAUER, Gerli}, {D|12.4.1977}, die sich vom {I|06.07.2023} bis {I|17.07.2023} in unserer stationären Behandlung befand."),
    ("gr:Colon_Fake_H.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Wir berichten über unsere gemeinsame Patientin\n{N|Huberta Hotzenplotz}, geb. am {D|3.6.1942}\nStationär von {I|12.3.2023} bis {I|28.3.2023}"),
    ("gr:Colon_Fake_I.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Iris Iselin}, geb. am {D|12.12.1932}, die sich vom  {I|15.5.2014} bis {I|13.6.2014} in unserem Hause zur Anschlußheilbehandlung nach Relaparotomie aufhielt."),
    ("gr:Colon_Fake_J.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten über den Patienten {N|Jakob Jockel}, geb. am {D|1.1.1992}, welcher vom {I|1.11.2064} bis {I|30.11.2064} von uns stationär behandelt wurde."),
    ("gr:Colon_Fake_J.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "OA Dr. med. {H|Jonathan Jörgensen},  Chefarzt PD. Dr. med. {H|Jodok Jaffé-Lichtenstein}"),
    ("gr:Colon_Fake_K.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Wir berichten hier über unsere gemeinsame Patientin {N|Katharina Korsakoff}, * {D|13.5.1981}, die sich vom {I|2.3.} bis zum {I|15.3.2043} in stationärer Behandlung befand."),
    ("gr:Dewald.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Evelyn Dewald} * {D|13.08.1948}"),
    ("gr:Dewald.txt", "a sentence of the clinical text without a patient identifier (drugs and brands, a clinician) verbatim; GraSCCo labels mapped",
     "Die Patientin erhielt eine Therapie mit Kortikosteroiden intravenös, beginnend mit Solu Dakortin® 500 mg 1x tägl. über 3 Tage, dann Reduktion auf 150 mg für 3 Tage."),
    ("gr:Dupuytren.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Claudia Dupuytren}\n{A|Am Hasenstall}\n{A|20223 Klein Haasbeck}"),
    ("gr:Ehrenberger.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Eberhard Ehrenberger}, * {D|3.2.1959}, wohnhaft in {A|Klagenfurt}"),
    ("gr:Ehrenberger.txt", "a later sentence naming the patient verbatim; GraSCCo labels mapped",
     "Patient kommt heute zur Kontrolle und Entscheidung  über weiteres  Procedere.\nHerr {N|Ehrenberger} entscheidet sich für die einjährige Interferontherapie."),
    ("gr:Fabry.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten nachfolgend über unseren gemeinsamen Patienten, Herrn {N|Walther Fabry}, geb. am {D|22.01.1974}, wohnhaft {A|Hauptstr. 8}, {A|47809 Krefeld}, der sich vom\n{I|03.09.2029} bis {I|12.09.2029} bei uns in stationären Behandlung befand."),
    ("gr:Fabry.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "Chefärztin Prof. {H|Antonia Zucker}\nAssistenzärztin {H|Iris Klumpfuß}"),
    ("gr:Fleischmann.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Kai Fleischmann}, * {D|21.2.2008},"),
    ("gr:Fuss.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege, wir berichten Ihnen über unsere gemeinsame Patientin {N|Fuss, Flora}, geb. {D|28.05.2028}, wohnhaft {A|Florgasse 2}, {A|Wilhelmsburg}, die vom {I|20.05.2034} bis {I|27.05.2034} bei uns in stat. Behandlung war."),
    ("gr:Gebauer.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Patientin: {N|Gebauer, Gerlinde} geb. am {D|21.09.1967}"),
    ("gr:Gebauer.txt", "a later sentence naming the patient verbatim; GraSCCo labels mapped",
     "Die Rehabilitationsbehandlung gestaltete deutlich erschwert, da Frau {N|Gebauer} angesichts einer fortgeschrittenen demenziellen Entwicklung leider nicht mehr in der Lage war, auch bei intensivem und wiederholten Training einfacher Bewegungsabläufe, diese selbstständig sicher zu reproduzieren."),
    ("gr:Haefner.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten über Ihren Patienten {N|Haefner, Heinz}, * {D|21.3.1979}, der sich vom {I|18.11.2023} bis {I|03.12.2023} in unserer stationären Behandlung befand."),
    ("gr:Ilgner.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Andrea Ilgner},  {D|21.10.1982}, wohnhaft {A|Sporgasse 11}, {A|8010 Graz}"),
    ("gr:Ilgner.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "Dr. {H|Kornél Nagy}"),
    ("gr:Jadassohn.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten Ihnen über Frau {N|Xenia Jadassohn}, * {D|31.12.1953}, die sich vom {I|21.3.} bis {I|21.4.2023} in unserer stat. Behandlung auf Station {I|A23} befand."),
    ("gr:Jenninger.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Bei Ihrem Pat.Dr. {N|Daniel Jenninger} habe ich am {I|23.02.2019} eine Kontrolluntersuchung durchgeführt.\nDiagnosen:\n1. Herzrhythmusstörungen mit SVES, VES u. bekannten Salven.\n2. Grundkrankheit: Hypertensive Herzkrankheit.\n3. KHK bisher n. nachweisbar, aber auch noch n. angiographisch ausgeschlossen."),
    ("gr:Joubert.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Herrn\nDr. {N|Pierre JOUBERT} {A|Innsbrucker Landstraße 22a}\n{A|A-2236 Opfing}"),
    ("gr:Kawasaki.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Kawasaki, Mitsou}, geb. am {D|03.02.2027}"),
    ("gr:Koenig.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Helmfried Koenig} * {D|13.09.1955}"),
    ("gr:Koenig.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "Priv.-Doz. {H|Cornelia Müller}"),
    ("gr:Leitner.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Dr. {N|Katharina Leitner}, * {D|23.11.1992}, wohnhaft {A|Afritschgasse 22}, {A|9010 Klagenfurt}"),
    ("gr:Meulengracht.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Isabella Meulengracht}\n{A|Hauptstraße 3a}\n{A|A-3337 St. Anna im Tale}\ngeboren am:  {D|31.12.1999}\nFallzahl: \t{M|103354008}\nSV Nr.: \t{S|4445311299}"),
    ("gr:Meyr.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Franz-Josef Meyr} geb. {D|12.9.1940},"),
    ("gr:Neubauer.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten über unseren gemeinsamen Patienten Herrn {N|Klaus Neubauer}, * {D|23.11.1999}, wohnhaft {A|73333 Gingen}, der sich in der Zeit vom {I|21.02.2024} bis {I|25.02.2024} in der stationärer Behandlung in unserer Klinik befand."),
    ("gr:Obradovic.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten Ihnen nachfolgend über o.g. Patientin {N|Marija Obradovic} (*{D|29.2.1984}), die sich vom {I|04.11.2024} bis {I|09.11.2024} in unserer stationären Behandlung befand."),
    ("gr:Obradovic.txt", "a later sentence naming the patient verbatim; GraSCCo labels mapped",
     "Aktuelle Anamnese: Die stationäre Aufnahme von Frau {N|Obradovic} erfolgt zur Einleitung der geplanten neoadjuvanten Chemotherapie. Bei Aufnahme berichtet die Patientin über Schmerzen am Rücken nahe des Rippenbogens links."),
    ("gr:Obradovic.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "Prof. Dr. {H|Johannes Langreiter}\tProf. Dr. {H|Renate Ermelova}\nChefarzt\t\t\tOberarztärztin"),
    ("gr:Osler.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Sehr geehrte Frau Kollegin,\nwir berichten Ihnen über unseren gemeinsamen Patienten, Herrn {N|Osler}, geboren am {D|01.03.2001}, der sich vom {I|05.11.2051} bis {I|10.11.2051} in unserer Behandlung befand."),
    ("gr:Popovic.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten über unsere gemeinsame Pat. {N|Irina Popovic}, geb. am {D|17.08.1958}, die vom {I|11.01.-14.01.2026} auf unserer unfallchirurgischen Station 4 behandelt wurde."),
    ("gr:Praechtel.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Laurenz Prächtel} geb. {D|10.02.1974},"),
    ("gr:Queisser.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Andreas Queisser}, * {D|21.1.1961}, wohnhaft {A|Iris-Leber-Straße 42}, {A|35745 Herborn}"),
    ("gr:Quervain.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Betrifft Herrn {N|Etienne de Quervain}, *{D|21.07.1983}"),
    ("gr:Quervain.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "{H|Notburga von Osler}\nÄrztin für Orthopädie, Chirotherapie"),
    ("gr:Recklinghausen.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Holger M. Recklinghausen} * {D|23.11.1979}, Fallnummer: {M|554776009}"),
    ("gr:Rieser.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Alissa Rieser} geb. {D|01.07.1963},"),
    ("gr:Schielaug.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "PATIENTIN:\n{N|Gerlinde Schielaug}, geb: {D|16.7.1999} wh.: {A|9011 Neustadt}, {A|Wienerstrasse 89}"),
    ("gr:Schnitzler.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Albert Schnitzler}, * {D|3.2.1959}, wohnhaft in {A|9020 Klagenfurt}, {A|Alois-Alzheimer-Gasse 21}"),
    ("gr:Schuh.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Dr. {N|Siegfried Schuh}, geb. am {D|03.07.1963}\n{A|Hauptstraße 31}\n{A|A-9012 Alt-Neudorf}\nFallzahl: {M|A-2029461541}  SV: {S|6444030763}"),
    ("gr:Schuh.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "Dr.a. {H|Iris Asperger}"),
    ("gr:Stölzl.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Frau {N|Brigitte Stölzl}, geb. {D|11.01.1979},\n{A|Robert-Koch-Str. 17}, {A|01334 Freudenbrunn}\nAmbulante Vorstellung am {I|21.} und {I|23.04.2028}"),
    ("gr:Sudeck.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Dr. med. {N|Sabine Sudeck} *{D|24.12.1999}\nPIZ: {M|12235904} \tVorgangs-Nr. {I|01776324221}"),
    ("gr:Sudeck.txt", "a later sentence naming the patient verbatim; GraSCCo labels mapped",
     "Sehr geehrte Frau Kollegin {N|Sudeck}, anbei erhalten Sie Ihren Befund."),
    ("gr:Theodor.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Mag. {N|Klaus Michael Theodor}, * {D|3.2.1991}, wohnhaft in {A|A-9580-Villach}, {A|Rathausplatz 31}"),
    ("gr:Tupolev_1.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Name: {N|Konstantin Tupolev}\ngeb.am: {D|21/06/1967}\nPIZ: {M|1933309807}\nEndosonographie mit Feinnadelpunktion"),
    ("gr:Tupolev_2.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Krankenhaus der Samariter Holzhausen\nAbteilungfür Innere Medizin, Vorstand: Prim. Univ. Prof. Dr. {H|Bruno Bierbichler}\nName: {N|Konstantin Tupolev}\ngeb.am: {D|21/06/1967}\nPIZ: {M|1933309807}"),
    ("gr:Tupolev_2.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "Untersucher: OA Dr. {H|Wiesler Franz} / OA Doz. Dr. {H|Leber Ronny} / Ass. Dr. {H|Jürgen Schneider}\nAssistenz: DGKS {H|Katharina Blumauer}"),
    ("gr:Tupolev_3.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Name: {N|Konstantin Tupolev}, * {D|21.06.67}\nPatienten-ID: {M|1933309807}\nAbteilung: Chirurgie\nStation: {I|A31}. OG. Viszeralchirurgie {I|B} /\nZi: {I|119}"),
    ("gr:Tupolev_4.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Betrifft: {N|Tupolev, Konstantin}, geb.: {D|21.06.1967}, wohnhaft {A|Heldenplatz 2c}, {A|A-8120 Holzhausen}"),
    ("gr:Utz.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Luise Utz}, * {D|3.4.1959}, wohnhaft in {A|34443 Bad Arolsen}"),
    ("gr:Vogler.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten über unseren Patienten {N|Willibald Vogler}, geboren am {D|23.2.1941}, der sich vom {I|2. bis zum 7.10.2021} in unserer stationären Behandlung befand."),
    ("gr:Waldenström.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "PATIENT: {N|Udo Waldenström} geb. {D|01.02.2003}, {A|Dantestr. 17}, {A|69115 Heidelberg}"),
    ("gr:Waldenström.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "Dr. mult. med. {H|Heinz Hals}\nÄrztlicher Direktor"),
    ("gr:Wankel.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "wir berichten über Ihren Patienten Herrn {N|Beat Wankel}, geb. am {D|23. 7. 1951} aus {A|Trüllikon (ZH)}, der sich vom {I|9. 12. 2033} bis {I|22. 12.2033} in unserer stationären Behandlung befand."),
    ("gr:Weber.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "Sehr geehrte Kolleginnen und Kollegen, wir berichten Ihnen abschließend über unsere gemeinsame Patientin {N|Frauke Weber} (* {D|2.2.1964}), die sich vom {I|31.3.2020} bis zum {I|9.4.2020} in unserer intensivmedizinischen Behandlung befand."),
    ("gr:Weil.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Weil, Klementine}, geb. {D|16.01.1993}, PIZ: {M|1822544}\n{A|Pettenkoferstraße}, {A|10247 Freiburg}\nUnfalltag: {I|2.09.2030}"),
    ("gr:Xavier.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Léonard Xavier} geb. {D|15.01.1940},"),
    ("gr:Xavier.txt", "a later sentence naming the patient verbatim; GraSCCo labels mapped",
     "Zwischenanamnese:\nHerr {N|Xavier} berichtet über seit 2 Tagen zunehmende Dyspnoe vor allen Dingen bei Belastung. Tagsüber fühle er sich häufig müde ohne Leistungsfähigkeit, wie er sie gewohnt ist. Das Gewicht habe bis auf 87 kg zugenommen. Abends treten Beinödeme auf. Gelegentlich, vor allem in den letzten zwei Tagen Husten mit gelblichem Auswurf.\nVor 2 Tagen begann Herr {N|Xavier} mit der Einnahme von Nifedipin in der Dosierung von 3 x 20 mg pro Tag."),
    ("gr:Ypsilanti.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "{N|Gerhard Ypsilanti}, * {D|3.2.1961}, wohnhaft in {A|09221 Neukirchen}"),
    ("gr:Ypsilanti.txt", "signature or addressee block verbatim (clinicians only); GraSCCo labels mapped",
     "{H|Yorgos Kokiniakis} MD PhD\nStationsarzt"),
    ("gr:Zezelj.txt", "the patient's first mention (letter opening, 'Betr.' line or header block) verbatim, blank lines and trailing spaces collapsed; GraSCCo labels mapped",
     "ENTLASSUNGSBERICHT Patient: {N|Žeželj, Marija} geb. am {D|21.09.2007}"),
    # ---------------- hl7au/au-fhir-test-data (AU Core test patients) ----------------
    ("at:Patient-archibald-dante.json", "name (family name in the source's upper case), IHI, Medicare, DOB, mobile, address; PSP form written for the set",
     "PSP enrolment | Patient: {N|Dante ARCHIBALD} | DOB {D|02/12/1985} | IHI {M|8003608000311670} | Medicare {M|49516516711} | Mobile {P|0491 571 491} | {A|143 Greenwood Pnt}, {A|Mitchell NT 0832}"),
    ("at:Patient-archibald-dante.json", "home and work phones of the same resource; call log written for the set",
     "Rang pt at home {P|08 7010 3279}, no answer; left msg at work {P|(08) 7010 0396}. Nurse educator to retry Thu."),
    ("at:Patient-baldry-terence-emile.json", "official name and the usual name (text 'Terry Jones'), DOB, home phone, Medicare",
     "AE report: {N|Terence Emile Baldry} (prefers {N|Terry Jones}), b. {D|26 Oct 1990}, Medicare {M|49516521911}, home {P|07 7010 8549} - dizziness after starting Neurevia."),
    ("at:Patient-baldry-terence-emile.json", "address and mobile of the same resource",
     "Send replacement device to {A|184 Victoria Pnt}, {A|Upper Glastonbury QLD 4570}. Courier to text {P|0491570737} before delivery."),
    ("at:Patient-ballantyne-kelvin-hans.json", "husband and wife (RelatedPerson-ballantyne-flavia-2: wife) with their Medicare numbers and mobiles; the family is one unit",
     "{N|Kelvin Ballantyne} (Medicare {M|69518260312}, mob {P|0491 570 313}) enrolled; wife {N|Flavia} ({P|0491 570 110}) is his carer."),
    ("at:Patient-ballantyne-kelvin-hans.json", "the two children (RelatedPerson-ballantyne-flavia-3/-4: mother; -sandy/-terry: siblings), DOBs, shared home phone and address",
     "Kids also on the family plan: {N|Sandy Choy Ballantyne} ({D|2001-01-02}) and {N|Terry Bob Ballantyne} ({D|2004-08-07}). Home {P|(08) 7010 6296}, {A|73 Abattoir Gdns}, {A|Wellington Forest WA 6236}."),
    ("at:Patient-ballantyne-kelvin-hans.json", "IHIs of mother and son from Patient-ballantyne-flavia-indira and -terry-bob",
     "IHI check: mum {N|Flavia Indira Ballantyne} {M|8003608833648488}; son {M|8003608333647287} - both verified by HI service."),
    ("at:Patient-bassett-imogene-betsy.json", "name, DVA number, Medicare, DOB, home and work phones, address",
     "Veteran file {M|QX144963} - Mrs {N|Imogene Bassett}, DOB {D|20.08.1966}, Medicare {M|69518257911}, {A|67 Hume Cct}, {A|Moorine Rock WA 6425}; H {P|08 7010 4102} W {P|08 7010 8047}."),
    ("at:Patient-black-kerry-dougal.json", "name in 'SURNAME, Given Middle' form, DVA number, mobile, DOB",
     "{N|BLACK, Kerry Dougal} - DVA {M|QX827289} - DOB {D|25/10/2001} - mob {P|0423 720 003} - asks about travel letter for Kyraxa pens."),
    ("at:Patient-boulton-annika.json", "name, IHI, Medicare, mobile, DOB, address",
     "Home nursing referral for {N|Annika Boulton} ({D|28-11-1956}), IHI {M|8003608000311613}, Medicare {M|49516511211}, {A|55 Compton Pde}, {A|Draper QLD 4520}, mobile {P|+61 491 570 006}."),
    ("at:Patient-britton-brian-edwin.json", "name, DVA and Medicare numbers, mobile, address",
     "Mr {N|Brian Britton}: DVA {M|QX266063}, Medicare {M|59511387511}, lives {A|79 Elenore Rdge}, {A|Mitchellville SA 5602}; pref contact {P|0491 576 801}."),
    ("at:Patient-cane-cheyenne-elaina.json", "official and usual name ('Chey Cane'), mobile, DOB, IHI",
     "Message from '{N|Chey}' ({N|Cheyenne Cane}), DOB {D|10/04/1970}, IHI {M|8003608500314737}: please call {P|0491572983} after 3pm."),
    ("at:Patient-coombe-ross.json", "name, e-mail, home phone, Medicare and address",
     "Email thread with {N|Ross Coombe} <{E|ross.coombe@example.org}>; home {P|08 5550 1501}; Medicare {M|69518905711}; {A|56 Glendon Cir}, {A|Broome WA 6725}."),
    ("at:Patient-cummings-angelo.json", "name, mobile, DOB, address, IHI",
     "{N|Angelo Cummings} (DOB {D|08/03/1966}, IHI {M|8003608500314703}) of {A|193 Versace Qy}, {A|Rosetta TAS 7010} called from {P|0458 625 039}."),
    ("at:Patient-dietrich-phillipa-grace.json", "mother (RelatedPerson-dietrich-phillipa-2..4) and her three children born 2017-04-20, Medicare numbers; the family is one unit",
     "Triplets {N|Blake}, {N|Kimbra} and {N|Diedre Dietrich} (all DOB {D|20/04/2017}) - mum {N|Phillipa Dietrich}, Medicare {M|29545411311}, mob {P|0433 350 288}."),
    ("at:Patient-dietrich-phillipa-grace.json", "the children's own mobiles and the family address",
     "School nurse contacts: {P|0424590797} ({N|Blake}) / {P|0445595670} ({N|Diedre}); family at {A|77 Yoga Rdge}, {A|Mitchell ACT 2911}."),
    ("at:Patient-ewing-ferdinand.json", "name, Medicare, mobile, address, DOB",
     "Mr {N|Ferdinand Ewing}, {D|23 September 1961}, {A|134 William Dr}, {A|Ringwood East VIC 3135}. Medicare {M|39513336111}. M: {P|0491 576 398}."),
    ("at:Patient-frost-rhett-kent.json", "official name and the usual name 'Roger Frost', mobile, IHI",
     "Caller gave name {N|Roger Frost} - chart has {N|Rhett Kent Frost}, IHI {M|8003608166980466}; callback {P|0491578957}."),
    ("at:Patient-hampton-jenice.json", "name, DOB, mobile, address",
     "{N|Jenice Hampton} b. {D|1997-08-25}, {A|72 Rail Gr}, {A|Capel River WA 6271}, ph {P|0491 570 157} - pregnancy exposure query (Glyvance)."),
    ("at:Patient-hennessy-jenny.json", "wife, husband and son (RelatedPerson-hennessy-*: mother/father/son, wife/husband), e-mails, home phone; the family is one unit",
     "Parents of {N|Billy Hennessy} ({D|09/08/2020}): {N|Jenny} <{E|jenny1996@example.com}> and {N|Kacey Hennessy} <{E|kacey.hennessy@example.com}>, home {P|(02) 7010 4155}."),
    ("at:Patient-hennessy-jenny.json", "Kacey Hennessy's mobile, Medicare and address",
     "Dad's mobile {P|0491 572 549}; Medicare card {M|29546636912}; {A|85 Zeppelin Esp}, {A|Manuka ACT 2603}."),
    ("at:Patient-hoskins-marisa.json", "New Zealand home address and phone, IHI, DOB of the resource",
     "Overseas visitor {N|Marisa Hoskins} ({D|06/02/1991}), IHI {M|8003608333647246}, home {A|23 Rogers Road Bay View}, {A|Napier 4104} (NZ), ph {P|09 4299 1234}."),
    ("at:Patient-howe-deangelo.json", "name with title, home phone, DOB",
     "Mr {N|Deangelo Howe} ({D|21/06/1975}) called the PSP line; call back on home {P|(07) 7010 9269}."),
    ("at:Patient-humphries-jayson.json", "name, mobile, DOB, remote NT address",
     "{N|Jayson Humphries}, DOB {D|14.05.1968}, {A|41 Queen St}, {A|Areyonga NT 0872} - clinic will pass on the Cardelis leaflet; mobile {P|0491572665}."),
    ("at:Patient-italia-sofia.json", "name, Italian passport number (labelled SSN: an identity document number), DOB, address in Rome",
     "Visiting patient Ms {N|Sofia Italia}, passport {S|IT1111111}, DOB {D|07/05/1989}, home address {A|Piazza del Colosseo}, {A|Rome Lazio 00184}."),
    ("at:Patient-johnson-joyce.json", "name, IHI, Medicare, mobile, address",
     "{N|Joyce Johnson} | IHI {M|8003608500314679} | Medicare {M|29545401611} | {P|0491 571 804} | {A|139 River Lane}, {A|Palmvale NSW 2484}"),
    ("at:Patient-little-rose-gretal.json", "official and usual names (usual 'Rosalie Smith'), DOB, mobile",
     "Mrs {N|Rose Gretal Little} (also known as {N|Rosalie Smith}), DOB {D|24/10/1960}, mob {P|0491 575 789} - interpreter not needed."),
    ("at:Patient-lowe-cedric.json", "husband and wife (RelatedPerson-lowe-*), e-mails, mobile, home phone; the family is one unit",
     "{N|Cedric Lowe} ({E|cedric.lowe@example.com}, {P|0491579760}) and his wife {N|Alessandra} ({E|alessalowe@example.com}); landline {P|02 5550 5884}."),
    ("at:Patient-lowe-cedric.json", "newborn Alix (natural daughter) and Valerie (stepdaughter / half-sister), DOBs, Medicare, address",
     "Newborn {N|Alix Lowe} born {D|10/06/2025}, half-sister {N|Valerie Lowe} ({D|12/08/2009}), Medicare {M|29546643914}; {A|131 Desleigh Dr}, {A|Parramatta NSW 2150}."),
    ("at:Patient-mackay-fritz.json", "husband, wife (RelatedPerson-mackay-heather-2: spouse) and baby Elliott (-3: parent), phones, DOB",
     "{N|Fritz Mackay} {P|0491 578 888} / {N|Heather Mackay} {P|0491 578 148}, parents of {N|Elliott} (DOB {D|24/01/2024}); home {P|03 7010 8075}."),
    ("at:Patient-mclennan-karl.json", "name, personal-domain e-mail, work phone, address, DOB",
     "{N|Karl McLennan} ({D|04-08-1980}) wants the starter kit sent to {A|87 Barrack Rd}, {A|Camooweal QLD 4828}; {E|karlqld@myownpersonaldomain.com}, work {P|07 7010 9518}."),
    ("at:Patient-moffitt-heath-igor.json", "official name and usual name 'Igor Morris', home and work phones",
     "{N|Heath Igor Moffitt} - goes by {N|Igor Morris} - H {P|(03) 7010 3122} W {P|(03) 7010 5436}. Dr to confirm dose."),
    ("at:Patient-morris-charlotte.json", "name, mobile, IHI, DOB, address",
     "Pt {N|Charlotte Morris}, IHI {M|8003608500314687}, DOB {D|11/11/1994}, {A|175 Zeppelin Ave}, {A|Mountain View VIC 3988}, {P|0491 577 644}."),
    ("at:Patient-odonnell-gillian.json", "surname with an apostrophe (source O'DONNELL), home phone, DOB, address",
     "Mrs {N|Gillian O'Donnell}, {D|27/03/1977}, {A|81 Gateway Esp}, {A|Loganlea QLD 4131}, home {P|07 7010 2317}."),
    ("at:Patient-potts-felix-ernie.json", "name, DVA, Medicare, mobile",
     "{N|Felix Potts}: DVA {M|QX288943} / Medicare {M|69518258811}; mobile {P|0450 188 367}; asks about PBS authority for Kyraxa."),
    ("at:Patient-ralph-rudolf.json", "Norwegian home address of the resource, IHI, DOB",
     "{N|Rudolf Ralph} ({D|24.10.1948}), IHI {M|8003608000311738}, permanent address {A|Svingen 28}, {A|0107 Oslo}, Norway."),
    ("at:Patient-reece-karen.json", "name, e-mail, mobile, home phone, DOB, address",
     "Mrs {N|Karen Reece} (b. {D|10/08/1941}), {A|105 Abba Cir}, {A|Semaphore SA 5019}. Mob {P|0491 575 254}, home {P|08 5550 8981}, {E|karenr@example.org}."),
    ("at:Patient-simpson-tristan.json", "name, mobile, DOB, address",
     "Follow-up call: {N|Tristan Simpson}, DOB {D|27/09/1950}, {A|132 Glendon Lane}, {A|Strickland TAS 7140}, {P|0481 716 021}."),
    ("at:Patient-veitch-miles-dudley.json", "father (RelatedPerson-veitch-miles-2..5) and his children, home phone, Medicare numbers; the family is one unit",
     "{N|Miles Veitch} (father; mob {P|0491573770}) for {N|Savannah} ({D|11/12/2018}), {N|Mitchell} ({D|15/12/2019}), {N|Beau} ({D|09/10/2020}) and {N|Nathan Veitch} ({D|01/06/2022}); home {P|08 7010 6485}."),
    ("at:Patient-veitch-miles-dudley.json", "the family address and two of the children's Medicare numbers",
     "Medicare {M|49516522812} ({N|Savannah}), {M|49516522815} ({N|Nathan}); all at {A|78 Innovation Cct}, {A|Newcastle Waters NT 0862}."),
    ("at:Patient-wang-li.json", "name, medical record number, DOB; the emergency contact Peter Rabbit (RelatedPerson-rabbit-peter) and his phone",
     "Mr {N|Li Wang}, MRN {M|22421441}, DOB {D|03/05/1975}. Emergency contact: friend {N|Peter Rabbit}, {P|07 853 9191}."),
    ("at:Patient-vaughan-seymour.json", "name, mobile, home phone, DOB",
     "Teen pt {N|Seymour Vaughan} ({D|16/08/2006}) - mobile {P|0491 579 212}, home {P|03 5550 0120}; parent consent on file."),
    ("at:Patient-scott-elijah-ken.json", "name, DVA, mobile, address",
     "{N|Elijah Scott}, DVA {M|QX521750}, {A|81 Short Cir}, {A|Gilmore ACT 2905}, {P|0433 952 520}."),
    ("at:Patient-thomson-mika.json", "name, mobile, Medicare, DOB",
     "{N|Mika Thomson} {D|17/07/1964} Medicare {M|69518250611} mob {P|0491573087}"),
    ("at:Practitioner-alcock-devon.json", "clinician's name, practice e-mail and phone (IGNORE); no patient",
     "Dr {H|Devon Alcock} asked for the Cardelis dosing card: {I|devon.alcock@southbankmedicalclinic.example.com}, {I|03 5550 8757}."),
    ("at:Practitioner-bailey-buck.json", "clinicians from Practitioner-bailey-buck and -barrett-kirstie with their work e-mails (IGNORE); no patient",
     "Speaker event: Dr {H|Buck Bailey} ({I|buck.bailey@townsvillepublichospital.example.com}) and Dr {H|Kirstie Barrett} ({I|kirstie.barrett@mtisacommunityhealth.example.com})."),
    ("at:Practitioner-allen-yelena.json", "clinicians from Practitioner-allen-yelena, -baldwin-chi and -alderson-helene; no patient",
     "Lunch & learn booked with Dr {H|Yelena Allen}, Dr {H|Chi Baldwin} and Dr {H|Helene Alderson} - Cardelis PBS listing update."),
    ("at:Practitioner-allardice-della.json", "allied-health clinicians from Practitioner-allardice-della and -baratz-layla; no patient",
     "Referral pathway meeting with psychologist {H|Della Allardice} and physio {H|Layla Baratz} (Broome) - no patient details discussed."),
    # ---------------- national FHIR implementation guides' examples (AU base, CH core, NL zib) ----------------
    ("au:patient-example0.xml", "name, IHI, DOB from the Patient resource; PSP enrolment line written for the set",
     "PSP enrolment Kyraxa: {N|Stella Franklin}, DOB {D|14/10/1985}, IHI {M|8003608833357361}, Medicare {M|32788511952}."),
    ("au:patient-example0.xml", "home address and work e-mail of the Patient resource; shipping note written for the set",
     "Starter pack to {A|31 Pacquola Street}, {A|Blacktown NSW 2148}; confirmation to {E|sfranklin@amail.example.com} (pt's work email)."),
    ("au:patient-example0.xml", "Health Care Card (Centrelink CRN, labelled SSN) and the clinic's internal patient id (MRN); copay note written for the set",
     "Copay card: pt holds Health Care Card {S|307111942H}; clinic PI {M|123450}. Dr {H|Helen Mayo} to countersign."),
    ("au:patient-example1.xml", "name, DVA number, DOB, home e-mail, address of the Patient resource",
     "Veteran {N|Harry Dan} (DVA Gold {M|NBUR9080}, b. {D|25 Aug 1939}) asked for the Cardelis info pack by post to {A|29 Gadsby Street}, {A|Blacktown NSW 2148} - or email {E|hdan@amail.example.com}."),
    ("au:patient-example2.xml", "name, Medicare number, e-mail, address of the Patient resource; AE intake line written for the set",
     "AE intake: reporter is the patient, {N|Sally Grant}, Medicare {M|1234567892}, {A|999 Astor Terrace}, {A|Spring Hill QLD 4000}, {E|sgrant@amail.example.com}; rash after dose 2 of Rheumora."),
    ("au:patient-example3.xml", "name, DOB, e-mail and address of the Patient resource (a common name)",
     "Pharmacist Dr {H|Francis Fernando} forwarded a query from {N|John Smith} ({D|1956-08-23}), {A|10 Smith Street}, {A|Neutral Bay NSW 2055}: can Glyvance be crushed? Reply to {E|jsmith@amail.example.com}."),
    ("au:patient-example4.xml", "child patient with mother as contact: names, MRN, DOB, home phone, mother's mobile, address",
     "Paeds referral: {N|Suzanne Simmons}, DOB {D|08/08/2008}, MRN {M|22446688}. Mum {N|Sarah} on {P|0491570158}; home {P|(03) 5550 6677}, {A|55 Sarah Street}, {A|Strahan TAS 7468}."),
    ("au:patient-example4.xml", "mother's Medicare number and DOB (patient-example5 / relatedperson-example2) and father's (relatedperson-example3): the family in one snippet",
     "Family cover: {N|Sarah Simmons} (mother, b. {D|07/09/1977}, Medicare {M|22968184811}) and {N|Bill Simmons} (father, b. {D|01/04/1975}, Medicare {M|22968184812})."),
    ("au:patient-example4.xml", "parents' e-mails from relatedperson-example2 and -3",
     "Parents prefer email: {E|ssimmons@amail.example.com} / {E|billsimmons@amail.example.com}. Dr {H|Peter Winslow} (GP) aware."),
    ("au:patient-example6.xml", "name with prefix, hospital MRN, mobile and DOB of the Patient resource",
     "Call log: Mr {N|William Rigny}, MRN {M|765567765FRD}, DOB {D|9-Mar-1965}, rang re missed Neurevia delivery; call back {P|0491 577 426}."),
    ("au:patient-example7.xml", "name, hospital id, Centrelink CRN, private insurer member id, DOB, address; the same CRN as patient-example0, so one unit with it",
     "Referral from Down Under Hospital: {N|Alejandro Hernández} ({D|05/05/1953}), UR {M|765567765FRD}, CRN {S|307111942H}, MyHealth member {M|8279115}, {A|20 Ocean Drive}, {A|SYDNEY NSW 2000}."),
    ("au:patient-example8.xml", "name, IHI, DOB, mobile in the (0491) form, e-mail, address of the Patient resource",
     "Mr {N|Nicholas Jones}, IHI {M|8003608833357361}, born {D|8 January 1949}. Mob {P|(0491) 579 455}, {E|nick.jones@amail.example.com}. Lives at {A|4 Brisbane Street}, {A|Brisbane QLD 4112}."),
    ("au:patient-example-sex-and-gender.xml", "official and usual names and the nickname of the Patient resource, MRN, DOB",
     "Pref. name {N|Pat} ({N|Patricia Roth}; legal name {N|Patrick Roth}), MRN {M|11223344}, DOB {D|25/12/1974} - use she/her. Seen by Dr {H|John Davies}."),
    ("au:relatedperson-example0.xml", "related person with a French address and phone, record number; note written for the set",
     "Next of kin overseas: {N|Benedicte du Marche}, {A|43, Place du Marche Sainte Catherine}, {A|75004 Paris}, tel {P|+33 (237) 998327}; ref {M|767767765FRD}."),
    ("au:relatedperson-example1.xml", "carer's name, home phone without a space after the area code, e-mail, address",
     "Carer {N|Mary Smith} will collect the Rheumora pen training kit; ph {P|(02)55501234}, {E|msmith@amail.example.com}, {A|255 Gadsby Street}, {A|Blacktown NSW 2148}."),
    ("au:relatedperson-example-sex-and-gender.xml", "related person's name and phone",
     "Partner {N|Alex Baker} phoned for the patient ({P|(02) 5550 6767}); Dr {H|Robert Smith} to follow up."),
    ("au:patient-DateAccuracyIndicatorAAUexample1.xml", "birth date of the Patient resource; note written for the set",
     "School nurse query: student, DOB {D|23.08.2004}, no name given; asks whether Glyvance is approved under 18."),
    ("au:patient-DateAccuracyIndicatorUEAexample3.xml", "birth date only (day unknown in the source: accuracy indicator UEA); written as the estimate",
     "Refugee health clinic: DOB recorded as {D|08/06/2004} (estimated, no documents). Start Glyvance 5 mg."),
    ("ch:ElisabethBroennimannByBFH.fsh", "name, insurance card number (labelled MRN), phone, DOB of the CHCorePatient instance; German note written for the set",
     "PSP Rheumora: Frau {N|Elisabeth Brönnimann-Bertholet}, geb. {D|03.05.1937}, Versichertenkarte {M|80756015090002647590}, Tel. {P|+41 32 321 61 11}."),
    ("ch:ElisabethBroennimannByBFH.fsh", "address and e-mail of the same instance; French note written for the set (Biel/Bienne is bilingual)",
     "Envoyer le matériel à Mme {N|Brönnimann-Bertholet}, {A|Kreuzweg 11}, {A|2500 Biel/Bienne} ; courriel {E|elisabeth@broennimann.today}. Médecin traitant : Dr {H|Hanspeter Wenger}."),
    ("ch:FranzMuster.fsh", "name, local PID (MR) and DOB of the instance",
     "Patient {N|Franz Muster}, PID {M|012/08.111111}, geb. {D|27.01.1995} - Rückfrage zur Dosierung von Neurevia."),
    ("ch:ManuelaMuster.fsh", "name, EPR-SPID (labelled MRN) and DOB of the instance",
     "EPD-Eintrag: {N|Manuela Muster}, EPR-SPID {M|761337615317835750}, * {D|21.02.1997}."),
    ("ch:MarvinMuster.fsh", "name, AHVN13 (labelled SSN) and DOB of the instance, AHV number without dots as in the source",
     "Herr {N|Marvin Muster}, AHV-Nr. {S|7562295883070}, geb. {D|26.01.1997}, Kostengutsprache für Kyraxa beantragt."),
    ("ch:MaxMuster.fsh", "name, local PID, DOB and the three phone numbers of the CHCorePatientEPR instance",
     "Patient {N|Max Muster} (PID {M|8733}, * {D|12.12.1938}) erreichbar privat {P|+41326851234}, mobil {P|079 333 22 11}, Geschäft {P|+41321237788}."),
    ("ch:MaxMuster.fsh", "e-mail of the same instance and the GP from the practitioner examples (Marc Agpar)",
     "Bitte Befund an {E|max.muster@example.com} und an Dr. {H|Marc Agpar}, Hausarzt."),
    ("ch:UpiEprTestKrcmarevic.fsh", "official and maiden names, EPR-SPID, DOB and the parents' names (contact nameOfParent)",
     "Patientin {N|Claude-Hélène Marguerite Krcmarevic} (geb. {N|Scheuble}), * {D|20.03.1982}, SPID {M|761337611234567897}; Eltern: {N|Hui Xue Dalkiliç} und {N|Fabio Nicola Dalkiliç}."),
    ("ch:BiologicalFather.fsh", "related person (natural father) name and DOB of the CHCoreRelatedPerson instance",
     "Kindsvater {N|Pierre Kinderlieb}, geb. {D|21.07.1987}, möchte über die Therapie informiert werden."),
    ("ch:AllzeitBereit.fsh", "practice staff from the practitioner instances AllzeitBereit and SchreibKraft; no patient",
     "Qualitätszirkel Biel: Herr {H|Allzeit Bereit} (Facharzt für Allgemeine Medizin) und seine Praxisassistentin {H|Schreib Kraft} - Cardelis-Update."),
    ("nl:nl-core-Patient-01.xml", "full name, usual name, BSN (labelled SSN), DOB of the Patient resource; Dutch note written for the set",
     "Roepnaam {N|Jo}, officieel mevrouw {N|Johanna Petronella Maria van Putten-van der Giessen}, BSN {S|111222333}, geboren {D|28-04-1934}, start met Cardelis."),
    ("nl:nl-core-Patient-01.xml", "address, phone and e-mail of the Patient resource and its contact (ContactPerson-01 has the same), one unit",
     "Adres: {A|1e Jacob van Campenstr 15}, {A|1012 NX Hoogmade}. Tel {P|+31611234567}, e-mail {E|giesput@myweb.nl}; contactpersoon {N|J.P.M. van Putten-van der Giessen}."),
    ("nl:nl-core-Patient-01.xml", "husband from TreatmentDirective2-01-RelatedPerson-01 (prefix Dr. is a title of the relative, not a clinician), usual name Piet",
     "Echtgenoot '{N|Piet}' (dhr. Dr. {N|Jan Pieter Mark van Putten}) is wettelijk vertegenwoordiger; adres {A|1e Jacob van Campenstr to 15 A 2e}, {A|Hoogmade}."),
    ("nl:nl-core-TreatmentDirective2-02-Patient-01.xml", "name, BSN, DOB of the Patient resource; his representative J.P.M. Pietersen from AdvanceDirective-01-RelatedPerson-01 (one unit)",
     "Dhr. {N|Jan Pieter Mark Pietersen}, BSN {S|999911120}, geb. {D|03-12-1998}; wettelijk vertegenwoordiger {N|J.P.M. Pietersen}, tel. {P|+31611234567}."),
    ("nl:nl-core-CareTeam-01-Patient-01.xml", "patient and husband (CareTeam-01-RelatedPerson-01) names",
     "Zorgteamoverleg over mevr. {N|Ingrid de Jong-de Wit}; haar man {N|Jan de Wit} is eerste contactpersoon."),
    ("nl:nl-core-HelpFromOthers-01-RelatedPerson-01.xml", "neighbour's surname alone (name.text 'de Boer')",
     "Buurman {N|de Boer} haalt de medicatie op bij de apotheek als patiënt niet kan."),
    # ---------------- hl7au/au-fhir-childhealth and Nictiz/Nictiz-testscripts fixtures ----------------
    ("ac:ncdhc-patient-expectant-mother-example.json", "expectant mother's name, IHI, MRN, DOB, e-mail and mobile of the Patient resource; antenatal note written for the set",
     "Antenatal: {N|Eve Bill}, DOB {D|24/12/2004}, IHI {M|8003608000024083}, MRN {M|02134000}; mob {P|0411 111 567}, {E|testemail.evebill@gmail.com.au}."),
    ("ac:ncdhc-patient-expectant-mother-example.json", "the baby's Patient resource (ncdhc-patient-baby-example.json: name 'Baby of Eve Bill', IHI, MRN, DOB); one unit with the mother",
     "Newborn registered as '{N|Baby of Eve Bill}', born {D|24.12.2018}, IHI {M|8003608166690503}, MRN {M|02134005}."),
    ("nt:nl-core-Patient-mp9-JXXX-Valkenet.xml", "initial + surname (the fixture's 'XXX_' test prefix dropped), BSN, DOB, address (street, postcode, place in capitals as in the source)",
     "Medicatieoverdracht: dhr. {N|J Valkenet}, BSN {S|999911089}, geb. {D|25-07-1964}, {A|Knolweg 1000}, {A|9999XA STITSWERD}."),
    ("nt:nl-core-Patient-mp9-R-vanXXX-Sonnenberg.xml", "initial + particle + surname ('XXX_' dropped), BSN, DOB, address",
     "Patiënt {N|R. van Sonnenberg} (BSN {S|999901084}, geboren {D|20 november 1985}) woont {A|krommeweg 1001 A}, {A|1234QQ Ons Dorp}."),
    ("nt:nl-core-Patient-mp9-M-vandeXXX-RambaranMishre.xml", "initial, particles and a two-part surname ('XXX_' dropped), BSN, DOB",
     "Apotheek meldt: mevr. {N|M. van de Rambaran Mishre}, BSN {S|999900948}, {D|08-11-1985}, haalt Glyvance niet meer op."),
    ("nt:nl-core-Patient-mp9-LXXX-HortaTeixeira.xml", "initial and a Portuguese two-part surname ('XXX_' dropped), BSN, DOB in 1912",
     "{N|L Horta Teixeira}, BSN {S|999908558}, geb. {D|22-02-1912} - centenarian, dosis aanpassen."),
    ("nt:nl-core-Patient-mp9-JdeXXX-Groote.xml", "initial + 'de' + surname ('XXX_' dropped), BSN, DOB",
     "Verwijzing: {N|J. de Groote}, BSN {S|999909265}, geboortedatum {D|18-09-1963}."),
    ("nt:nl-core-Patient-mp9-JvandeXXX-Lans.xml", "initial + 'van de' + surname ('XXX_' dropped), BSN without separators and with dots (written for the set)",
     "Dhr. {N|J. van de Lans} - BSN {S|9999.09.228} - vraagt om bijsluiter Cardelis."),
    ("nt:nl-core-Patient-mp9-LdeXXX-Loo.xml", "initial + 'de' + surname ('XXX_' dropped), BSN, DOB",
     "Mw. {N|L de Loo} ({D|23-02-1912}), BSN {S|999908571}: thuiszorg dient Rheumora toe."),
    ("nt:nl-core-Patient-mp9-OXXX-Tellekamp.xml", "initial + surname ('XXX_' dropped), BSN, DOB",
     "Overleg met huisarts over {N|O Tellekamp}, BSN {S|999908650}, geb. {D|25-02-1912}."),
    ("nt:nl-core-Patient-mp9-N-XXX-Rozendal.xml", "initial + surname ('XXX_' dropped), BSN, DOB",
     "Bijwerking gemeld door {N|N. Rozendal} (BSN {S|999900985}, {D|11-11-1985}): hoofdpijn na Neurevia."),
    ("nt:nl-core-Patient-mp9-MXXX-Quispel.xml", "initial + surname ('XXX_' dropped), BSN, DOB",
     "Mevrouw {N|M Quispel}, BSN {S|999908583}, geboren {D|24 februari 1912}."),
]
# fmt: on

SOURCES = {key: source(key) for key, _, _ in SNIPPETS}

Row = dict[str, Any]


def _has_phi(row: Row) -> bool:
    return any(s["type"] in marks.PHI_TYPES for s in row["spans"])


def _unit(key: str) -> str:
    return UNITS.get(key, key)


def split(rows: list[Row]) -> tuple[list[Row], list[Row]]:
    """Alternate units (see UNITS) of each repository (the small FHIR guides count as one, see
    STREAMS) to dev and held, the first to dev; units without a patient identifier alternate
    among themselves (first to dev), whatever their repository. A unit's snippets all go where
    its first snippet went."""
    keys = [key for key, _, _ in SNIPPETS]
    unit_rows: dict[str, list[Row]] = {}
    for key, row in zip(keys, rows, strict=True):
        unit_rows.setdefault(_unit(key), []).append(row)
    dev: list[Row] = []
    held: list[Row] = []
    side: dict[str, bool] = {}
    seen: Counter[str] = Counter()
    for key, row in zip(keys, rows, strict=True):
        unit = _unit(key)
        if unit not in side:
            members = unit_rows[unit]
            has_phi = any(map(_has_phi, members))
            repo = str(row["source"]["repo"])
            stream = STREAMS.get(repo, repo) if has_phi else "\0identifier-free"
            side[unit] = seen[stream] % 2 == 0
            seen[stream] += 1
        (dev if side[unit] else held).append(row)
    return dev, held


def _write(path: Path, rows: list[Row]) -> None:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


def _read(path: Path) -> list[Row]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def main(argv: list[str] | None = None) -> int:
    """Write both halves (and, with --whole, the whole set) from SNIPPETS, or with --check
    re-validate the written halves; print the counts. Exit 1 with the problems on a failure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the written halves only")
    parser.add_argument("--whole", type=Path, help="also write the whole set to this path")
    args = parser.parse_args(argv)
    if args.check:
        dev, held = _read(DEV), _read(HELD)
        rows = dev + held
    else:
        rows = marks.build(SNIPPETS, SOURCES, SPLIT)
        dev, held = split(rows)
    problems = marks.validate(rows, SPLIT)
    if problems:
        print("\n".join(problems))
        return 1
    if not args.check:
        _write(DEV, dev)
        _write(HELD, held)
        if args.whole:
            _write(args.whole, rows)
    marks.report(rows)
    for name, half in (("dev", dev), ("held", held)):
        ids = sum(1 for r in half for s in r["spans"] if s["type"] in marks.PHI_TYPES)
        free = sum(1 for r in half if not _has_phi(r))
        print(f"{name}: {len(half)} snippets, {ids} patient identifiers, {free} without one")
    return 0


if __name__ == "__main__":
    sys.exit(main())
