/** Professions and roles whose learning the library records (front matter `professions`, `learning`). */
import type { Vocabulary } from '../../lib/taxonomy/types.ts';

export const professions: Vocabulary = {
  id: 'professions',
  title: 'Professions',
  singular: 'profession',
  description: 'The professions and roles a piece involves: who learned, and who they learned from.',
  browsable: true,
  terms: [
    {
      id: 'doctor',
      aliases: ['gp', 'physician', 'consultant', 'junior-doctor', 'fy1', 'foundation-doctor'],
      label: 'Doctor',
      definition:
        'A qualified medical practitioner at any grade, from foundation doctor to consultant or general practitioner.',
    },
    {
      id: 'medical-student',
      aliases: ['medic', 'medical-students'],
      label: 'Medical student',
      definition: 'A student on a degree that leads to registration as a doctor.',
    },
    {
      id: 'physician-associate',
      aliases: ['pa'],
      label: 'Physician associate',
      definition:
        'A clinician trained to a medical model who examines, diagnoses and treats patients under the supervision of a doctor.',
    },
    {
      id: 'physician-associate-student',
      aliases: ['pa-student', 'student-pa'],
      label: 'Physician associate student',
      definition:
        'A student, usually already holding a science degree, on the postgraduate course that leads to registration as a physician associate.',
    },
    {
      id: 'nurse',
      aliases: ['rn', 'registered-nurse', 'staff-nurse'],
      label: 'Nurse',
      definition:
        'A registered nurse in any field (adult, children, mental health or learning disability), including nurse specialists and practice nurses.',
    },
    {
      id: 'nursing-student',
      aliases: ['student-nurse', 'nurse-student'],
      label: 'Nursing student',
      definition: 'A student on a programme that leads to registration as a nurse.',
    },
    {
      id: 'nursing-associate',
      label: 'Nursing associate',
      definition:
        'A registered role bridging healthcare assistants and registered nurses, delivering hands-on care under a nurse’s direction.',
    },
    {
      id: 'trainee-nursing-associate',
      aliases: ['tna', 'nursing-associate-student'],
      label: 'Trainee nursing associate',
      definition:
        'Someone working towards registration as a nursing associate, usually learning on the job in a care setting alongside a foundation degree.',
    },
    {
      id: 'midwife',
      label: 'Midwife',
      definition:
        'A registered professional who cares for women and babies through pregnancy, birth and the weeks after.',
    },
    {
      id: 'midwifery-student',
      aliases: ['student-midwife'],
      label: 'Midwifery student',
      definition: 'A student on a programme that leads to registration as a midwife.',
    },
    {
      id: 'healthcare-assistant',
      aliases: ['hca', 'health-care-assistant', 'care-assistant', 'support-worker'],
      label: 'Healthcare assistant',
      definition:
        'A support worker who gives direct care, such as taking blood, recording observations and helping with personal care, under the supervision of registered staff.',
    },
    {
      id: 'pharmacist',
      label: 'Pharmacist',
      definition:
        'A registered expert in medicines who checks prescriptions, advises on safe use and increasingly prescribes.',
    },
    {
      id: 'pharmacy-technician',
      aliases: ['pt'],
      label: 'Pharmacy technician',
      definition:
        'A registered professional who supplies medicines, checks them and helps patients use them, working with pharmacists.',
    },
    {
      id: 'trainee-pharmacy-technician',
      aliases: ['pharmacy-technician-student', 'pre-registration-pharmacy-technician'],
      label: 'Trainee pharmacy technician',
      definition:
        'Someone in the two years of supervised work and study that lead to registration as a pharmacy technician.',
    },
    {
      id: 'pharmacy-student',
      label: 'Pharmacy student',
      definition: 'A student on a degree that leads to registration as a pharmacist.',
    },
    {
      id: 'physiotherapist',
      aliases: ['physio'],
      label: 'Physiotherapist',
      definition:
        'An allied health professional who helps people restore movement and function through exercise, manual therapy and advice.',
    },
    {
      id: 'physiotherapy-student',
      aliases: ['student-physio', 'physio-student', 'student-physiotherapist'],
      label: 'Physiotherapy student',
      definition: 'A student on a degree that leads to registration as a physiotherapist.',
    },
    {
      id: 'occupational-therapist',
      aliases: ['ot'],
      label: 'Occupational therapist',
      definition:
        'An allied health professional who helps people take part in the everyday activities that matter to them, adapting tasks or surroundings where needed.',
    },
    {
      id: 'occupational-therapy-student',
      aliases: ['ot-student', 'student-ot', 'student-occupational-therapist'],
      label: 'Occupational therapy student',
      definition: 'A student on a degree that leads to registration as an occupational therapist.',
    },
    {
      id: 'speech-and-language-therapist',
      aliases: ['slt', 'salt', 'speech-therapist'],
      label: 'Speech and language therapist',
      definition:
        'An allied health professional who assesses and treats difficulties with communication, eating, drinking and swallowing.',
    },
    {
      id: 'speech-and-language-therapy-student',
      aliases: ['slt-student', 'salt-student', 'student-slt', 'speech-therapy-student'],
      label: 'Speech and language therapy student',
      definition: 'A student on a degree that leads to registration as a speech and language therapist.',
    },
    {
      id: 'dietitian',
      aliases: ['dietician'],
      label: 'Dietitian',
      definition: 'An allied health professional who assesses nutritional needs and treats conditions through diet.',
    },
    {
      id: 'dietetics-student',
      aliases: ['student-dietitian', 'dietitian-student', 'nutrition-and-dietetics-student'],
      label: 'Dietetics student',
      definition: 'A student on a degree that leads to registration as a dietitian.',
    },
    {
      id: 'radiographer',
      label: 'Radiographer',
      definition: 'An allied health professional who produces diagnostic images or delivers radiotherapy.',
    },
    {
      id: 'radiography-student',
      aliases: ['student-radiographer', 'radiographer-student'],
      label: 'Radiography student',
      definition:
        'A student on a degree in diagnostic or therapeutic radiography that leads to registration as a radiographer.',
    },
    {
      id: 'paramedic',
      label: 'Paramedic',
      definition:
        'A registered clinician who assesses and treats people in emergency and urgent situations, often before they reach hospital.',
    },
    {
      id: 'paramedic-student',
      aliases: ['student-paramedic', 'paramedic-science-student'],
      label: 'Paramedic student',
      definition:
        'A student on a paramedic science degree or apprenticeship that leads to registration as a paramedic.',
    },
    {
      id: 'operating-department-practitioner',
      aliases: ['odp'],
      label: 'Operating department practitioner',
      definition: 'A registered practitioner who cares for patients before, during and after surgery and anaesthesia.',
    },
    {
      id: 'operating-department-practice-student',
      aliases: ['odp-student', 'student-odp'],
      label: 'Operating department practice student',
      definition:
        'A student on a degree or apprenticeship that leads to registration as an operating department practitioner.',
    },
    {
      id: 'podiatrist',
      aliases: ['chiropodist'],
      label: 'Podiatrist',
      definition:
        'An allied health professional who looks after the feet, ankles and lower legs, from nail surgery to foot ulcers in people with diabetes.',
    },
    {
      id: 'podiatry-student',
      aliases: ['student-podiatrist'],
      label: 'Podiatry student',
      definition: 'A student on a degree that leads to registration as a podiatrist.',
    },
    {
      id: 'orthoptist',
      label: 'Orthoptist',
      definition:
        'An allied health professional who assesses and treats problems with how the eyes move and work together, such as a squint or double vision.',
    },
    {
      id: 'orthoptics-student',
      aliases: ['student-orthoptist'],
      label: 'Orthoptics student',
      definition: 'A student on a degree that leads to registration as an orthoptist.',
    },
    {
      id: 'audiologist',
      label: 'Audiologist',
      definition:
        'A healthcare scientist who tests hearing and balance, fits hearing aids and helps people live with hearing loss or tinnitus.',
    },
    {
      id: 'audiology-student',
      aliases: ['student-audiologist'],
      label: 'Audiology student',
      definition: 'A student on a healthcare science degree in audiology that leads to practice as an audiologist.',
    },
    {
      id: 'psychologist',
      label: 'Psychologist',
      definition: 'A practitioner psychologist who assesses and treats mental health and behavioural difficulties.',
    },
    {
      id: 'social-worker',
      label: 'Social worker',
      definition:
        'A registered professional who supports people and families to manage crises, stay safe and live independently.',
    },
    {
      id: 'social-work-student',
      aliases: ['student-social-worker'],
      label: 'Social work student',
      definition: 'A student on a degree that leads to registration as a social worker.',
    },
    {
      id: 'dentist',
      label: 'Dentist',
      definition: 'A registered professional who diagnoses and treats conditions of the teeth and mouth.',
    },
    {
      id: 'dental-student',
      aliases: ['dentistry-student', 'student-dentist'],
      label: 'Dental student',
      definition: 'A student on a degree that leads to registration as a dentist.',
    },
    {
      id: 'dental-hygienist',
      aliases: ['hygienist'],
      label: 'Dental hygienist',
      definition:
        'A registered member of the dental team who treats and prevents gum disease, cleans teeth and shows people how to care for their own mouths.',
    },
    {
      id: 'dental-therapist',
      label: 'Dental therapist',
      definition:
        'A registered member of the dental team who gives routine treatment such as fillings and the extraction of baby teeth, as well as preventive care.',
    },
    {
      id: 'dental-hygiene-and-therapy-student',
      aliases: ['dental-hygiene-student', 'dental-therapy-student', 'student-hygienist'],
      label: 'Dental hygiene and therapy student',
      definition:
        'A student on a programme that leads to registration as a dental hygienist, a dental therapist or both.',
    },
    {
      id: 'ward-clerk',
      aliases: ['ward-receptionist', 'clerk'],
      label: 'Ward clerk',
      definition:
        'A member of the ward team who keeps records, arranges appointments and transport, and is often the first person patients and families speak to.',
    },
    {
      id: 'chaplain',
      aliases: ['spiritual-care', 'spiritual-care-lead', 'pastoral-care'],
      label: 'Chaplain',
      definition:
        'A member of the spiritual care team who offers listening, pastoral and religious support to patients, families and staff of any faith or none.',
    },
    {
      id: 'health-professions-student',
      aliases: ['student', 'students'],
      label: 'Health professions student',
      definition:
        'A student of a health or care profession whose discipline the piece does not name, or students from several disciplines together.',
    },
  ],
};
