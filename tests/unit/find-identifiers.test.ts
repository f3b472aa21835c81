/** The confidentiality detectors: what each finds, what it must leave alone, and the NHS check digit. */
import { describe, expect, it } from 'vitest';
import { findIdentifiers, isValidNhsNumber } from '../../src/lib/confidentiality/find-identifiers.ts';

/** [rule without its prefix, flagged text] for every finding in a string. */
const found = (text: string) => findIdentifiers(text).map((f) => [f.rule.replace('confidentiality/', ''), f.text]);

describe('NHS numbers', () => {
  it.each(['9434765919', '943 476 5919', '943-476-5919', '4010232137'])('accepts the valid number %s', (n) => {
    expect(isValidNhsNumber(n)).toBe(true);
  });

  it.each([
    ['9434765918', 'wrong check digit'],
    ['943476591', 'nine digits'],
    ['94347659190', 'eleven digits'],
    ['1234567890', 'check digit would be 10'],
  ])('refuses %s (%s)', (n) => {
    expect(isValidNhsNumber(n)).toBe(false);
  });

  it('finds a valid number written 3-3-4 or run together, and only that', () => {
    expect(found('Her number was 943 476 5919, or 9434765919.')).toEqual([
      ['nhs-number', '943 476 5919'],
      ['nhs-number', '9434765919'],
    ]);
  });

  it('does not read ten digits inside a longer number as an NHS number, but reads any separators', () => {
    expect(found('ref 19434765919')).toEqual([['phone', '19434765919']]);
    expect(found('943 476-5919 and 943/476/5919 and 9434 765 919')).toEqual([
      ['nhs-number', '943 476-5919'],
      ['nhs-number', '943/476/5919'],
      ['nhs-number', '9434 765 919'],
    ]);
  });
});

describe('errors', () => {
  it.each([
    ['email', 'Write to j.okafor+ipl@example.org.', 'j.okafor+ipl@example.org'],
    ['uk-postcode', 'She lived at SW1A 1AA then', 'SW1A 1AA'],
    ['uk-postcode', 'in M1 1AE', 'M1 1AE'],
    ['uk-postcode', 'at LS14AP', 'LS14AP'],
    ['canadian-postal-code', 'near T2N 1N4.', 'T2N 1N4'],
    ['canadian-postal-code', 'near K1A0B1.', 'K1A0B1'],
    ['phone', 'call 0113 496 0000 today', '0113 496 0000'],
    ['phone', 'call +44 20 7946 0958 today', '+44 20 7946 0958'],
    ['phone', 'call (020) 7946 0958 today', '(020) 7946 0958'],
    ['phone', 'call 403-943-1216 today', '403-943-1216'],
    ['phone', 'call +1 403 943 1216 today', '+1 403 943 1216'],
    ['phone', 'call 07700900123 today', '07700900123'],
    ['phone', 'call 07700 900123 today', '07700 900123'],
    ['phone', 'call 0161-496-0000 now', '0161-496-0000'],
    ['date', 'On 14 March 2024 she', '14 March 2024'],
    ['date', 'On the 3rd of May, 2019 she', '3rd of May, 2019'],
    ['date', 'On March 14, 2024 she', 'March 14, 2024'],
    ['date', 'On Sept 1 2023 she', 'Sept 1 2023'],
    ['date-of-birth', 'born 03/04/1950 in', '03/04/1950'],
    ['date-of-birth', 'born 3/14/21 in', '3/14/21'],
    ['hospital-number', 'I read out the MRN, 0045 6789, to the lab', '0045 6789'],
    ['date', 'seen 14.03.2024 and', '14.03.2024'],
    ['date', 'seen 2024-03-14 and', '2024-03-14'],
    ['date', 'seen on 14\nMarch 2024 and', '14 March 2024'],
  ])('%s: finds it in "%s"', (rule, text, flagged) => {
    expect(found(text)).toEqual([[rule, flagged]]);
  });

  it('reports each stretch of text under one rule only, the most specific', () => {
    expect(found('NHS 943 476 5919')).toEqual([['nhs-number', '943 476 5919']]);
    expect(found('943 476 5918')).toEqual([['phone', '943 476 5918']]);
  });
});

describe('warnings', () => {
  it.each([
    ['exact-age', 'The patient, aged 82, was', 'aged 82'],
    ['exact-age', 'An 82-year-old man', '82-year-old'],
    ['exact-age', 'He was 82 years old', '82 years old'],
    ['exact-age', 'a baby 6 months old', '6 months old'],
    ['exact-age', 'she is 45 years of age', '45 years of age'],
    ['exact-age', 'an 82yo man', '82yo'],
    ['exact-age', 'A lady of 88 was sitting', '88'],
    ['exact-age', 'He said he was 99 and did not want a fuss', '99'],
    ['exact-age', 'He had turned 70 the week before', '70'],
    ['title-surname', 'Mrs Patel asked', 'Mrs Patel'],
    ['title-surname', 'then Dr J. Smith came', 'Dr J. Smith'],
    ['title-surname', 'then Dr. Jones came', 'Dr. Jones'],
    ['title-surname', 'Sister Hughes welcomed us', 'Sister Hughes'],
    ['ward-bed', 'the patient in bed 12 was', 'bed 12'],
    ['ward-bed', 'on Ward 7B', 'Ward 7B'],
    ['ward-bed', 'in bay 3', 'bay 3'],
    ['ward-bed', 'side room 4', 'side room 4'],
    ['named-place', 'at Leeds General Infirmary.', 'Leeds General Infirmary'],
    ['named-place', "at St James's University Hospital.", "St James's University Hospital"],
    ['named-place', 'on Willow Ward.', 'Willow Ward'],
    ['named-place', 'at the Riverside Medical Centre', 'Riverside Medical Centre'],
  ])('%s: finds it in "%s"', (rule, text, flagged) => {
    expect(found(text)).toEqual([[rule, flagged]]);
  });

  it('gives each finding its severity, message and fix', () => {
    const [finding] = findIdentifiers('aged 82');
    expect(finding).toMatchObject({
      severity: 'warning',
      start: 0,
      end: 7,
      message: '"aged 82" gives an exact age, which narrows down who this is',
    });
    expect(finding?.fix).toContain('life stage');
    expect(findIdentifiers('LS1 4AP')[0]?.severity).toBe('error');
  });
});

describe('near misses that are not identifying', () => {
  it.each([
    'In March 2024, in my second week, a woman in her eighties on a surgical ward.',
    'From 2019 to 2021; pages 227-234; in 2019 2020 and 2021.',
    'doi 10.1080/13561820.2017.1290589 and ISBN 978-1-4020-9462-6.',
    'Python 3.10.12, COVID-19, type 2 diabetes, stage 3 kidney disease, 2.5 mg, 9.00-17.00.',
    'A ward sister, the doctor, a consultant, the Professor of Nursing, towards 3 pm.',
    'A General Hospital, a District General Hospital, Day Surgery, the Royal College.',
    'Between 1 000 000 and 2 000 000 people; 31 February 2020 is not a date.',
    'The M1 motorway, CO2 levels, the A1.',
    'A man of 6 feet; her pulse was 99 and rising; scores were 12 and 14.',
    "Professor Schön's reflective practitioner.",
  ])('finds nothing in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('classes of identifier, beyond the sentences the detectors were tuned on', () => {
  it.each([
    // Record numbers under local labels, with letters, slashes and suffixes.
    ['hospital-number', 'using the case-note number D/07/33812 to find them', 'D/07/33812'],
    ['hospital-number', 'check the hosp no: 7734521B against the label', '7734521B'],
    ['hospital-number', 'labelled with the wrong K number (K0983321) again', 'K0983321'],
    ['hospital-number', 'the RXH number 40277815 in the corner', '40277815'],
    ['hospital-number', 'His EPR number was H-2210-9987 and', 'H-2210-9987'],
    ['hospital-number', 'the ref (hospital no.) 0081 4472 on the back', '0081 4472'],
    ['hospital-number', 'RN: 5118204 was on the bag', '5118204'],
    ['hospital-number', 'every chart had the MRN on the spine, and his was 7003 5519.', '7003 5519'],
    ['hospital-number', 'the chart number is an MRN too, and hers, 112-448-09, was there', '112-448-09'],
    // Read out in words.
    [
      'nhs-number',
      'muttering "nine nine nine, seven three six, five three one three" all day',
      'nine nine nine, seven three six, five three one three',
    ],
    // Dates after a label a few words away, with short years after a hyphen, and festivals with a year.
    ['date-of-birth', 'the d.o.b. on the chart, 1945-11-29, showed', '1945-11-29'],
    ['date-of-birth', 'Her DOB: 07-Feb-61 was on the front', '07-Feb-61'],
    ['date', 'Mr H passed away on Christmas Eve 2024, and', 'Christmas Eve 2024'],
    ['date', 'She died on Boxing Day, 2023.', 'Boxing Day, 2023'],
    // Ages in apposition and clinical shorthand.
    ['exact-age', 'a woman aged 91 living alone', 'aged 91'],
    ['exact-age', 'My patient, 84 and fiercely independent, told me', '84'],
    ['exact-age', 'The baby was 6/12 old and', '6/12'],
    ['exact-age', 'Because he was only 16 he was placed there', '16'],
    ['exact-age', 'The notes read "M, 67, post-op" and', '67'],
    ['exact-age', 'At 101 she was the oldest', '101'],
    ['exact-age', 'She was a sprightly ninety-four.', 'ninety-four'],
    ['exact-age', 'He had just celebrated his 70th.', '70th'],
    // Names compromise does not know: by shape, or by the part the person plays.
    ['person-name', 'I was caring for Chidi Okonkwo when his pressure dropped.', 'Chidi Okonkwo'],
    ['person-name', 'the night shift with Siobhán Ní Bhriain, who was frightened', 'Siobhán Ní Bhriain'],
    ['person-name', 'I visited Marie-Ève Tremblay, who lived alone', 'Marie-Ève Tremblay'],
    ['person-name', "Kuldeep Singh Sandhu's wife brought in food.", 'Kuldeep Singh Sandhu'],
    ['person-name', 'Oluwaseun had only been in the country six months.', 'Oluwaseun'],
    ['person-name', "Paddy O'Rourke told me stories.", "Paddy O'Rourke"],
    ['person-name', 'The son (Jean-Philippe Gagnon) insisted', 'Jean-Philippe Gagnon'],
    ['person-name', 'Her granddaughter Ama Mensah-Boateng came every day.', 'Ama Mensah-Boateng'],
    ['person-name', 'Małgorzata Zielińska refused the interpreter.', 'Małgorzata Zielińska'],
    ['person-name', 'When Thandiwe arrived, she was in labour.', 'Thandiwe'],
    ['person-name', 'Xiaoming Zhang was anxious before the scan.', 'Xiaoming Zhang'],
    ['person-name', 'I held the hand of Ifeoma Chukwu while the doctor explained.', 'Ifeoma Chukwu'],
    ['person-name', 'Olumide and his wife had been married fifty years.', 'Olumide'],
    // Where a patient lives.
    ['named-place', 'She lived in a bungalow on Thornbury Road with her sister.', 'Thornbury Road'],
    ['named-place', 'He had been living at Foxglove Court hostel for two years.', 'Foxglove Court'],
    ['named-place', 'Her flat was on the Hollybank estate.', 'Hollybank estate'],
    ['named-place', 'He was moved to Cedarview Long-Term Care in Kanata.', 'Cedarview Long-Term Care'],
    ['named-place', 'The midwife came from the Rosewood Birth Centre.', 'Rosewood Birth Centre'],
    ['named-place', 'She moved into Beech Court sheltered housing.', 'Beech Court'],
    // Record numbers a few words from their label, before it, under a reference label, or as a printed code.
    ['hospital-number', 'The unit number on the sticker was 55012398, not the one in the notes.', '55012398'],
    ['hospital-number', 'His record number at the Halifax clinic, 204-778-316, was on the form.', '204-778-316'],
    ['hospital-number', 'I copied Q7741206 onto the request, which was her hospital number.', 'Q7741206'],
    ['hospital-number', 'The case reference CP/2024/11873 tied the two referrals together.', 'CP/2024/11873'],
    ['hospital-number', 'The band read TMZ 661204 in small print.', 'TMZ 661204'],
    // A year said aloud; an age said aloud in quotation marks; a name copied from a form's fields.
    [
      'date',
      'Her birthday? "The ninth of March, nineteen thirty-eight," she told me.',
      'ninth of March, nineteen thirty-eight',
    ],
    [
      'date',
      'He told me he came in on the second of May two thousand and nine.',
      'second of May two thousand and nine',
    ],
    ['exact-age', '"I\'m seventy-nine, not ninety," he said.', 'seventy-nine'],
    ['exact-age', 'She whispered, ‘I turned 88 on Sunday.’', '88'],
    ['person-name', 'Family name: Okafor, given name: Tobi, was how the form read.', 'Okafor'],
    ['person-name', 'The wristband said Patient name – Bronwyn Ellery.', 'Bronwyn Ellery'],
    // Villages and towns named as such; postal codes with a hyphen.
    ['named-place', 'He farmed near the hamlet of Upper Brackwell all his life.', 'Upper Brackwell'],
    ['named-place', 'Her son lives in Dunmore Quay, a small fishing village.', 'Dunmore Quay'],
    ['canadian-postal-code', 'Her address ended K1A-0B1 on the form.', 'K1A-0B1'],
    ['uk-postcode', 'The label gave BS8-1TH as the postcode.', 'BS8-1TH'],
    // Health numbers a few words after their label, and other schemes' labels.
    ['health-number', 'She asked for his OHIP card, and I copied 6620-441-873-KP onto the form.', '6620-441-873-KP'],
    ['health-number', 'Medicare no. 3318 50217 1/2 was on the envelope.', '3318 50217 1/2'],
    ['health-number', 'Member ID: TRX551208734 was on the insurance screen.', 'TRX551208734'],
    // Record numbers under other local labels and in other printed shapes.
    ['hospital-number', 'Lab accession 23K447120 came back clotted.', '23K447120'],
    ['hospital-number', 'The band read RQ3-0066291 but the chart did not.', 'RQ3-0066291'],
    ['hospital-number', 'The episode number, 40318876, was beside the DNACPR form.', '40318876'],
    ['hospital-number', 'chase bloods for 0072215 before 4pm', '0072215'],
    // Other countries' postal codes and social handles.
    ['postal-code', 'The Eircode H91 E2K5 was all the crew needed.', 'H91 E2K5'],
    ['postal-code', 'The pharmacy would not deliver outside ZIP 97201.', '97201'],
    ['postal-code', 'Her address ended in QLD 4350.', '4350'],
    ['social-handle', 'Her son followed me on Instagram (@lenny.example) after discharge.', '@lenny.example'],
    // Ages in brackets, after "turned", and said in a quotation.
    ['exact-age', 'Her husband (81) did all the caring.', '81'],
    ['exact-age', 'Grandma turned ninety-two on the ward.', 'ninety-two'],
    ['exact-age', '"I\'ll be sixty next week," he told the nurse.', 'sixty'],
    // Lower-case notes, and where a home is.
    ['title-surname', 'mrs mcandrew in bed 4 needs her glasses', 'mrs mcandrew'],
    ['named-place', 'From her cottage in Drumlackan she could see the sea.', 'Drumlackan'],
    ['named-place', 'We drove to Hollins Farm near Alston.', 'Hollins Farm'],
    // A Manitoba PHIN; a clinic file number; a telephone number with its country code or trunk prefix.
    ['health-number', 'Manitoba PHIN 123 456 789 was on the form.', '123 456 789'],
    ['hospital-number', 'She read out the clinic file number, GH-40917, in the waiting room.', 'GH-40917'],
    ['phone', 'Reach her son on WhatsApp, +44 7700 900461.', '+44 7700 900461'],
    ['phone', 'Her husband said to call 1-506-555-0143 at night.', '1-506-555-0143'],
    // A lower-case name in handover notes; a name after "asked"; an address after its label.
    ['person-name', 'bay 2 – margaret – independent, for discharge', 'margaret'],
    ['person-name', 'I asked Tendai whether the nausea had settled.', 'Tendai'],
    ['named-place', 'Home address: 12 Ffordd y Castell, by the school.', '12 Ffordd y Castell'],
    // Health numbers after a "health care" label, and before their label.
    ['health-number', 'Her Alberta health care number 70331-2948 was on the run sheet.', '70331-2948'],
    ['health-number', 'We checked whether 0044 318 276 was still a valid health card number.', '0044 318 276'],
    // Codes with several letter groups, letters at both ends, or an acronym joined to the digits.
    ['hospital-number', 'The folder had client file number FS-KB-40127 on it.', 'FS-KB-40127'],
    ['hospital-number', 'The referral, reference SR/2024/07731, was logged that night.', 'SR/2024/07731'],
    ['hospital-number', 'Referral ID RQ-6614-PT went to the wrong team.', 'RQ-6614-PT'],
    ['hospital-number', 'ED3318025 was stamped on the triage sheet.', 'ED3318025'],
    ['hospital-number', 'Lab accession number 23-BIO-552871 was traced.', '23-BIO-552871'],
    // A relative's age, and an age in years and months.
    ['exact-age', '"My dad is 66 and never ill," his son said.', '66'],
    ['exact-age', 'At 91 years and 2 months, she was the oldest on the list.', '91'],
    // Names in quotation marks, in capitals before a given name, and after a relative's form of address.
    ['person-name', "The board had him down as 'Idris Pennefather', spelled wrong.", 'Idris Pennefather'],
    ['person-name', 'The label read ACHTERBERG, Wilhelmina in thick pen.', 'ACHTERBERG, Wilhelmina'],
    ['person-name', "'Tell Uncle Chukwuemeka Obi I'm well,' she said.", 'Chukwuemeka Obi'],
    // Streets named Row or Way, and a hamlet called by name.
    ['named-place', 'She lived on Coopers Row behind the depot.', 'Coopers Row'],
    ['named-place', 'He lived in a hamlet called Llanfechan Isaf.', 'Llanfechan Isaf'],
    // Schools, places of worship and workplaces with a name of their own.
    ['named-place', "Her daughter was at St Brendan's Primary, two streets away.", "St Brendan's Primary"],
    ['named-place', 'He sang at Riverside Gospel Chapel every week.', 'Riverside Gospel Chapel'],
    ['named-place', 'He worked at the Glenbrae sawmill until the accident.', 'Glenbrae sawmill'],
    // Health numbers under MSI and "health services number"; records under pathology, Rx, booking and a system's ID.
    ['health-number', 'The Nova Scotia MSI number 0014 226 719 was on a sticky note.', '0014 226 719'],
    ['health-number', 'Her Saskatchewan health services number, 803 115 494, was on the form.', '803 115 494'],
    ['hospital-number', 'The sample was pathology number 23K-552071.', '23K-552071'],
    ['hospital-number', 'Pharmacy dispensed Rx #55120873 at the wrong strength.', '55120873'],
    ['hospital-number', 'The maternity booking number MAT23-0918 did not match.', 'MAT23-0918'],
    ['hospital-number', 'Frontier ID 2207714 was read out on the phone.', '2207714'],
    // A date of birth in French, and a delivery date after its label.
    ['date-of-birth', "Il est né le 3 mars 1951, m'a-t-il dit.", '3 mars 1951'],
    ['date-of-birth', 'baby delivered 14.09.25 at 02:40', '14.09.25'],
    // blind-8's classes: workplaces and reserves, codes after a hash or with a trailing group, a bare
    // label before a code, a system's client ID, a dotted date after "passed away", an age before a
    // quotation, "Mr B was 47", a name and initial before a bed, a handle after "on X".
    ['named-place', 'She works nights at the Heronfield distribution centre.', 'Heronfield distribution centre'],
    ['named-place', 'They live on the Ashgrove Lake reserve, far from a hospital.', 'Ashgrove Lake reserve'],
    ['hospital-number', 'New referrals incl. #OTR-3308-512 (falls).', '#OTR-3308-512'],
    ['hospital-number', 'The form number PRF 250117-0388 was on the copy.', 'PRF 250117-0388'],
    ['hospital-number', 'I pulled record KD-20581 for him.', 'KD-20581'],
    ['hospital-number', 'Mosaic client ID 662017 came up again.', '662017'],
    ['date', 'He passed away on 09.03.25, a day after the huddle.', '09.03.25'],
    ['exact-age', "He said he was 61 'going on ninety' after chemo.", '61'],
    ['exact-age', 'Mr K was 52 and worried about work.', '52'],
    ['person-name', "Text: 'Grzegorz P in bed 6 wants u'", 'Grzegorz P'],
    ['social-handle', 'Find her on X at @tidewater_mum if you want news.', '@tidewater_mum'],
    // The burden inverted: a long number or a code nothing explains is a record number.
    ['unexplained-number', 'Encounter 60039117 showed two visits that week.', '60039117'],
    ['unexplained-number', 'fin 440291773 on the label, the HCA showed me', '440291773'],
    ['unexplained-number', 'The theatre list had ref T-55812 beside his name.', 'T-55812'],
    ['unexplained-number', 'The x-ray request quoted RAD/88/2291 twice.', 'RAD/88/2291'],
    ['unexplained-number', 'Her ambulance incident was 4471-2209 on the sheet.', '4471-2209'],
    ['unexplained-number', 'Client # 30044-B matched the referral.', '30044-B'],
    ['unexplained-number', 'Her portal ID is 5Y7T2Q9 on the screen.', '5Y7T2Q9'],
    ['unexplained-number', 'The requisition had 704 215 893 under the barcode.', '704 215 893'],
    ['health-number', 'Newfoundland MCP 123 456 789 012 was on the card.', '123 456 789 012'],
    ['social-handle', 'Skype: grannyjune1940', 'grannyjune1940'],
    ['date-of-birth', 'Né le 1er mai 1950 à Trois-Rivières.', '1er mai 1950'],
    ['date', 'Her operation was Thurs 6th Feb, a Thursday.', '6th Feb'],
    ['date', 'He was admitted on the nineteenth of February, late.', 'nineteenth of February'],
    ['exact-age', 'The man in the side room, 67, kept asking about his dog.', '67'],
    ['exact-age', "She'd be 90 on Sunday, her daughter said.", '90'],
    ['exact-age', 'Age/sex: 71/M', '71/M'],
    ['named-place', 'He was moved to Larch ward after the weekend.', 'Larch ward'],
    ['named-place', 'He was transferred from the Royal Hallamshire.', 'Royal Hallamshire'],
    ['named-place', 'She lived in Upper Dunthorpe all her life.', 'Upper Dunthorpe'],
    ['named-place', "He worked at Hartley's Garage for thirty years.", "Hartley's Garage"],
    ['person-name', "'Please don't tell Ravi,' she whispered.", 'Ravi'],
    ['person-name', 'I asked Nokuthula whether the pain had eased.', 'Nokuthula'],
    ['person-name', 'We called him Tommo because everyone did.', 'Tommo'],
    ['person-name', 'Pt: Abernethy, R. – for review Thursday', 'Abernethy, R.'],
    ['person-name', 'MRS P GALLOWAY - for comfort care', 'MRS P GALLOWAY'],
    ['person-name', 'Wee Morag would not let anyone near her line.', 'Wee Morag'],
    ['person-name', 'Everyone called him "Big Tam" on the unit.', 'Big Tam'],
    ['exact-age', 'La patiente, âgée de 84 ans, refusait de manger.', '84 ans'],
    ['exact-age', "C'était un homme de 71 ans.", '71 ans'],
    ['exact-age', 'The lad was seventeen, the same age as my cousin.', 'seventeen'],
    ['unexplained-number', 'ePCR ref 4G7H-33019 – handed over at 14:20.', '4G7H-33019'],
    ['hospital-number', 'The wristband code XQT0057312 had a digit missing.', 'XQT0057312'],
    ['named-place', 'He lives just outside Llanwrtyd-ar-Wy, forty minutes away.', 'Llanwrtyd-ar-Wy'],
    ['named-place', 'She was moved to the Hazel Suite for end of life care.', 'Hazel Suite'],
    ['named-place', 'He worked thirty years at the Kelso paper mill.', 'Kelso paper mill'],
    ['named-place', "He collapsed in the Shepherd's Rest and the landlord started CPR.", "Shepherd's Rest"],
    ['named-place', 'Elle habite au CHSLD des Bouleaux depuis trois ans.', 'CHSLD des Bouleaux'],
    ['named-place', 'Adresse : 48 rue des Pins, Bathurst', '48 rue des Pins'],
    ['person-name', 'PATIENT: AGNETA WHITLOCK', 'AGNETA WHITLOCK'],
    ['person-name', 'Handover: R. Dunleavy, bay 2, for bloods', 'R. Dunleavy'],
    ['person-name', 'Przybylska, Halina — interpreter booked for 10:00.', 'Przybylska, Halina'],
    ['person-name', 'Handover: ARMITSTEAD — NBM from midnight.', 'ARMITSTEAD'],
    ['person-name', 'Aunty Blessing brought food in for the whole bay.', 'Blessing'],
    ['title-surname', 'La fille de M. Gagnon voulait parler à la travailleuse sociale.', 'M. Gagnon'],
    ['exact-age', 'Age 71 – lives with her son.', 'Age 71'],
    ['exact-age', 'M, 64. Referred for falls.', '64'],
    ['exact-age', 'He said he was "eighty-one and counting" when I asked.', 'eighty-one'],
    ['date', 'd/c 14.03.24 with a package of care', '14.03.24'],
    ['unexplained-number', 'Hosptial no: 2207-8841 written by hand', '2207-8841'],
    ['named-place', 'She was transferred to the Pavillon Sainte-Croix for rehab.', 'Pavillon Sainte-Croix'],
    ['named-place', 'Her son goes to Ysgol Gynradd Bryn Teg.', 'Ysgol Gynradd Bryn Teg'],
    ['named-place', 'He works nights at the Holloway Foods packing plant.', 'Holloway Foods packing plant'],
    ['exact-age', 'age 52yrs, no PMH', 'age 52yrs'],
    ['exact-age', 'The man in bed 2 (77) refused his tablets.', '77'],
    ['exact-age', 'He was a wee lad of six, feart of the needle.', 'six'],
    ['exact-age', 'Toddler, 3 yrs 2 mths, ingestion ?battery.', '3 yrs 2 mths'],
    ['exact-age', 'Board round shorthand, "84M bay 2 for OT", felt efficient.', '84M'],
    ['person-name', "Anneke van der Linde's husband asked for the OT.", 'Anneke van der Linde'],
    ['person-name', 'Bed 3 – Ortiz-Fairbairn – needs an interpreter.', 'Ortiz-Fairbairn'],
    ['hospital-number', 'No de dossier : 0381 2290', '0381 2290'],
    ['hospital-number', 'Case ref 2024/SW/03318 – kept in her own notes.', '2024/SW/03318'],
    ['date', "op'd 9 Oct '24 - wound check due", "9 Oct '24"],
    ['hospital-number', 'ED attendance no. ED26-0338172 was on the form.', 'ED26-0338172'],
    ['person-name', '"Call me Bunty," she said, and we all did.', 'Bunty'],
    ['person-name', 'Gethin Rhys-Morgan had farmed all his life.', 'Gethin Rhys-Morgan'],
    ['person-name', 'Handover list: KERR, Isla – for OT assessment.', 'KERR, Isla'],
    ['exact-age', 'She wis 91, she telt me.', '91'],
    ['named-place', 'He was moved to Ward Derwen overnight.', 'Ward Derwen'],
    ['named-place', 'He worked at the Cwm-y-Glo timber yard for years.', 'Cwm-y-Glo timber yard'],
    ['named-place', 'He had been flown in from Pickle Lake with no family.', 'Pickle Lake'],
    ['person-name', 'pt DOROTHY PRENTICE – for OT assessment', 'DOROTHY PRENTICE'],
    ['person-name', 'text: its Bogusława his wife can I come in', 'Bogusława'],
    ['exact-age', 'pt is 52 today - the HCAs found a cake', '52'],
    ['date', 'text from daughter: op moved to fri 16th feb now', '16th feb'],
    ['date', 'Date of discharge 14.09.23, with a package of care.', '14.09.23'],
    ['named-place', 'His local, the Wheatsheaf and Plough, was where he collapsed.', 'Wheatsheaf and Plough'],
    ['named-place', 'He was found on the floor of the Shepherds Arms.', 'Shepherds Arms'],
    ['named-place', 'Il vient de Saint-Jean-des-Bois, un petit village.', 'Saint-Jean-des-Bois'],
    ['date-of-birth', 'Patient DOB 1951-02-17 on the SBAR, confirmed before the scan.', '1951-02-17'],
    // Round 7 (blind-23 to blind-26): the classes it found, each in a sentence written for the purpose.
    ['date', 'Adm 12/11 with a chest infection, home once the sats held.', '12/11'],
    ['date', 'd/c pencilled in for Mon 3/2 if the package of care starts.', '3/2'],
    ['date', 'EDD 09/07/26, booked under the consultant team.', '09/07/26'],
    ['date', 'Hospitalisée le 12 janvier, elle a refusé la sonde.', '12 janvier'],
    ['exact-age', "She'd turned sixty-one the month before the diagnosis.", 'sixty-one'],
    ['exact-age', 'He was 64 y/o and proud of never having seen a GP.', '64'],
    ['exact-age', 'A teenage girl (15 yrs) was brought in by her teacher.', '15'],
    ['exact-age', 'Un garçonnet de 4 ans avait avalé une pile.', '4 ans'],
    ['exact-age', 'Elle avait tout juste 17 ans au moment de l’accouchement.', '17 ans'],
    ['person-name', 'The porter asked whether A. de la Cruz was ready for theatre.', 'A. de la Cruz'],
    ['person-name', 'Ward list: OKORO T, MACINNES F, BRADY J - all medically fit.', 'OKORO T, MACINNES F, BRADY J'],
    ['person-name', 'Re: van Vliet, Hanna (Mrs) - falls clinic referral', 'van Vliet, Hanna'],
    ['person-name', 'Baby girl Oyelaran went to the special care baby unit.', 'Oyelaran'],
    ['person-name', 'Kookum Agnes wanted the whole family there for the meeting.', 'Agnes'],
    ['person-name', "It's just me an' oor Shona at hame now.", 'oor Shona'],
    ['person-name', '"Tell Bronagh I said goodnight," she whispered.', 'Bronagh'],
    ['person-name', 'The list said Anjali Choudhary would be next for the ECG.', 'Anjali Choudhary'],
    ['hospital-number', 'The ambulance run number 41-7720 went on the handover form.', '41-7720'],
    ['hospital-number', 'Letter ref: DN/KP/55103 from the diabetes clinic.', 'DN/KP/55103'],
    ['postal-code', 'Code postal: J8Y 2Q4, à confirmer avec la fille.', 'J8Y 2Q4'],
    ['social-handle', 'Her son posted the video from @GrandadsGardenPlot the same night.', '@GrandadsGardenPlot'],
    ['named-place', 'His local was the Kinloch Bar, two doors down.', 'Kinloch Bar'],
    ['named-place', 'She was a regular at the Black Swan, two doors from her flat.', 'Black Swan'],
    ['named-place', 'Il a été admis à l’Hôpital Sainte-Adèle de nuit.', 'Hôpital Sainte-Adèle'],
    ['named-place', 'Elle demeure au 27 rue des Tilleuls depuis son veuvage.', '27 rue des Tilleuls'],
    ['named-place', 'The crew met her at the bus stop on Heol y Nant.', 'Heol y Nant'],
    ['named-place', 'Il habite à Grande-Anse, loin de tout.', 'Grande-Anse'],
    // Round 8 (blind-27 to blind-30).
    ['date', 'Readmitted Nov 3rd, the same ward as before.', 'Nov 3rd'],
    ['date', 'Her op was pushed back to the 14th of May, again.', '14th of May'],
    ['exact-age', 'Newborn 2/52, jaundiced, for a split bilirubin.', '2/52'],
    ['exact-age', '5 wk old F, poor feeding since Tuesday.', '5 wk old'],
    ['exact-age', 'Madame avait 92 ans et refusait la chaise roulante.', '92 ans'],
    [
      'person-name',
      'Whin board: Begum S / Lowther P / Dhillon A - awaiting transport.',
      'Begum S / Lowther P / Dhillon A',
    ],
    ['person-name', 'Ffion, his younger sister, brought in his tablets.', 'Ffion'],
    ['person-name', '"Tell Taid Emrys the kettle is on," she called.', 'Emrys'],
    ['person-name', 'Little Caoimhe Ní Dhomhnaill had been fitting for ten minutes.', 'Little Caoimhe Ní Dhomhnaill'],
    ['hospital-number', 'The referral (ref. EIP-NW-30417) came back the same day.', 'EIP-NW-30417'],
    ['hospital-number', 'Transfer slip: Pt ID 4409 1187, side of bed.', '4409 1187'],
    ['social-handle', 'He tweets as @CroftAndKettle and had posted about us.', '@CroftAndKettle'],
    ['ward-bed', 'Rm 318 was the only one with a hoist.', 'Rm 318'],
    ['ward-bed', 'Chambre 7 : la patiente refuse le repas.', 'Chambre 7'],
    ['named-place', 'Elle vit rue des Mésanges, au deuxième.', 'rue des Mésanges'],
    ['named-place', "He had come down from Oakridge General's resus room.", "Oakridge General's"],
    ['named-place', 'He works behind the bar at the Tup in the village.', 'Tup'],
    ['named-place', 'The memory clinic at Clinig Bryn Teg runs on Thursdays.', 'Clinig Bryn Teg'],
    // Round 9: dotted dates, a day and month after a referral or an operation, digits read out, shorthand ages,
    // a relative named by "the", a newborn, a client's full name, Quebec clinics, "X Royal", a Cree Nation, "Old Mill Road".
    ['date', 'Fell at home on 3.9.24 and lay there overnight.', '3.9.24'],
    ['date', 'adm 28.11 with a chest infection', '28.11'],
    ['date', 'Referral accepted 14 Feb, seen by the team a week later.', '14 Feb'],
    ['date', 'Her surgery was moved to 19 June at short notice.', '19 June'],
    ['date', "d/c'd 2nd Mar with a package of care", '2nd Mar'],
    [
      'health-number',
      'He read me his health card: four one two two, eight eight seven, six oh three.',
      'four one two two, eight eight seven, six oh three',
    ],
    [
      'unexplained-number',
      'The number she gave was seven two one four, five five nine, oh eight one.',
      'seven two one four, five five nine, oh eight one',
    ],
    ['exact-age', 'pt 88 and still driving to the shops', '88'],
    ['exact-age', 'Mum 17, Dad 19, both at college.', '17'],
    ['exact-age', 'Le patient, 72 ans, vit seul.', '72 ans'],
    ['exact-age', 'Infant, 1 yr 2 mo, brought in by his aunt.', '1 yr 2 mo'],
    ['person-name', 'Speak to Olumide, the son, before the family meeting.', 'Olumide'],
    ['person-name', 'Marie-Ève (la fille) s’occupe des rendez-vous.', 'Marie-Ève'],
    ['person-name', 'We weighed baby Ottilie twice that morning.', 'Ottilie'],
    ['person-name', 'Client Brontë Halloway-Pike reviewed at the day centre.', 'Brontë Halloway-Pike'],
    ['person-name', 'MacAskill, Ishbel R. – for the diabetes clinic', 'MacAskill, Ishbel R.'],
    ['named-place', 'Le CLSC de Verdun m’a accueillie pour mon stage.', 'CLSC de Verdun'],
    ['named-place', 'She was transferred to Wigan Royal overnight.', 'Wigan Royal'],
    ['named-place', 'The nursing station at Kestrel Lake Cree Nation had one nurse.', 'Kestrel Lake Cree Nation'],
    ['named-place', 'He lives in the end cottage on Old Quarry Road.', 'Old Quarry Road'],
    // Round 10: a lower-case postcode whose inward code looks like an ordinal, a newborn's shorthand before
    // or after the word for them, a care date that falls "due", "Nanny" and "dela", a pharmacy by name.
    ['uk-postcode', 'new address is ts4 7nd, same street as her sister', 'ts4 7nd'],
    ['exact-age', 'Transfer: baby boy, 2/52, jaundiced.', '2/52'],
    ['exact-age', 'A 5/52 infant with reflux came to clinic.', '5/52'],
    ['date', 'Dressing renewed 12/10/24, next one due Friday.', '12/10/24'],
    ['person-name', 'Nanny Olive kept asking for her handbag.', 'Olive'],
    ['person-name', 'I helped Ramon dela Paz onto the commode.', 'Ramon dela Paz'],
    ['named-place', 'He collects his dosette box from Kirkgate Pharmacy every Monday.', 'Kirkgate Pharmacy'],
    // Session 6: a town or workplace named only by the verb before it (living, working, coming from).
    ['named-place', 'He lives out beyond Harrowgill and rarely comes into town.', 'Harrowgill'],
    ['named-place', 'She works weekends at the Spar in Coldbeck.', 'Coldbeck'],
    ['named-place', 'Her husband worked nights at Fenwick Poultry for years.', 'Fenwick Poultry'],
    ['named-place', 'The man was originally from Hollin Brook, up the valley.', 'Hollin Brook'],
    ['named-place', 'They farm just outside Marten Ridge.', 'Marten Ridge'],
    ['named-place', 'She ran a corner shop in Ashby Fold until her stroke.', 'Ashby Fold'],
    // Session 6: surnames in capitals without a comma or with letters beyond ASCII, and surnames with initials.
    ['person-name', 'Seen with the SLT: ŁUKASZEWICZ, Bożena, for a swallow review.', 'ŁUKASZEWICZ, Bożena'],
    ['person-name', 'Handover: CHAN Mei-Ling, for OT in the morning.', 'CHAN Mei-Ling'],
    ['person-name', 'Morning list: Okoro B., Ferreira D. and Lindqvist M.', 'Okoro B., Ferreira D. and Lindqvist M.'],
    ['person-name', 'R. Hebblethwaite was waiting for transport home.', 'R. Hebblethwaite'],
    // Round 11 (blind-39 to blind-42): the classes it found, each in a sentence written for the purpose.
    ['named-place', 'He managed the village shop in Nether Wyckham for decades.', 'Nether Wyckham'],
    ['named-place', 'Client from Pointe Tessier, came down on the winter road.', 'Pointe Tessier'],
    ['named-place', 'Elle est suivie à la Clinique familiale de Val-Bérard.', 'Clinique familiale de Val-Bérard'],
    ['named-place', 'He was transferred to Ospadal na Mara overnight.', 'Ospadal na Mara'],
    ['named-place', 'The landlady of the Golden Plover rang us.', 'Golden Plover'],
    ['exact-age', 'Referral: 9wk old baby with reflux.', '9wk old'],
    ['exact-age', '5mo M, croup, settled with dex.', '5mo M'],
    ['exact-age', 'The resident was 99 – a fact she told everyone.', '99'],
    ['date', 'LSCS 14th Feb for breech, home day 3.', '14th Feb'],
    ['date', 'He has been an inpatient since the 2nd of May, after a fall.', '2nd of May'],
    ['person-name', 'NOK: Rasa K. (pt’s niece), happy to be called.', 'Rasa K.'],
    ['person-name', 'Phoned the son (Dariusz) after the ward round.', 'Dariusz'],
    ['title-surname', "Mrs d'Almeida wanted her rosary beads.", "Mrs d'Almeida"],
    ['person-name', 'The chart said "P. R. Ashworth-Kane" in the surname box.', 'P. R. Ashworth-Kane'],
    // Round 12 (blind-43 to blind-46): the classes it found, each in a sentence written for the purpose.
    ['named-place', 'He has lived on Scatsta Isle all his life.', 'Scatsta Isle'],
    ['named-place', 'Elle travaillait à la fromagerie à Beaulac.', 'Beaulac'],
    ['named-place', 'He works on the Kestrel Bravo rig, two weeks on.', 'Kestrel Bravo'],
    ['named-place', 'She had been a cleaner at the Mossgate depot for years.', 'Mossgate depot'],
    ['named-place', 'He drinks most evenings in the Drover in Kilbarrow.', 'Kilbarrow'],
    ['person-name', 'Baby Boy Okonjo was under phototherapy.', 'Okonjo'],
    ['person-name', 'Known to everyone as "Nain", Gwenllian had run the chapel for years.', 'Gwenllian'],
    ['title-surname', 'Mrs A.-M. Ferreira-Lopes was first on the list.', 'Mrs A.-M. Ferreira-Lopes'],
    ['date', 'TTOs ready for 12/06, transport booked.', '12/06'],
    ['exact-age', '♂ 54 yrs, chest pain since 0600.', '54'],
    ['exact-age', 'Her grandson, just four, sat on the end of the bed.', 'four'],
    // A university before a person does not hide them (a claim once read "University of Leeds students met Mrs Okafor" as one name).
    ['title-surname', 'University of Leeds students met Mrs Okafor on the ward.', 'Mrs Okafor'],
  ])('%s: finds it in "%s"', (rule, text, flagged) => {
    expect(found(text)).toContainEqual([rule, flagged]);
  });

  it.each([
    // Codes and numbers that are not records, contacts or postal codes.
    'Her GCS was 14/15 (E4V4M6) on arrival.',
    'The ISBN number 9780198812326 is in the reference list.',
    'The bleep number 4432 and room number 2.14 were on the board.',
    'The MRN field was left blank on 14 forms; the case-note review found 23 errors.',
    'This was her 2nd admission this year, and his 3rd patient that day.',
    'Table 3 shows patients aged 65 and over; Table F, 12, row 4.',
    // The writer's own dates and public events.
    'My placement began on 6 January 2025 and ran for eight weeks.',
    'This reflection is due on 14 March 2025 and forms 50% of the module mark.',
    'I submitted my first draft on 02/05/2025 and received feedback a week later.',
    'We covered the Gold Standards Framework in our end-of-life study day on 5 November.',
    'On Christmas Day 2024 I worked a long day on the ward.',
    // Authors of models, and things named after people.
    'Rolfe, Freshwater and Jasper (2001) offer a similar framework; Jasper (2013) defines reflective writing.',
    'Boud, Keogh and Walker wrote about reflection in 1985.',
    'Teasdale and Jennett described the scale in 1974.',
    'The Abbey Pain Scale and the Shipman Inquiry came up in teaching.',
    // Capitalised words that are not names.
    'I spoke to Pharmacy and then with Occupational Therapy about the discharge.',
    'Our tutor posted the slides on Moodle and Blackboard Collaborate.',
    'Tazocin was started after the cultures were taken.',
    'I grew up near Tunbridge Wells and we drove through Merthyr Tydfil.',
    // Places that are no one's home.
    'The Court of Protection and the House of Commons were discussed.',
    'The NHS estate is old; the Trust’s estate team fixed the lift.',
    'We met in the Education Centre, not the Simulation Centre.',
    // Registry and article identifiers; the writer's own age; a course date said aloud.
    'The trial was registered as ISRCTN48921736 and NCT04417829; see doi:10.2147/JMDH.S161203.',
    "I'm twenty and this was my first placement.",
    '"I\'m 5 minutes away," the porter said on the phone.',
    'Our cohort began on the first of September, twenty twenty-four.',
    // Public figures of health care's history, and fields of study that look like names.
    'Dame Cicely Saunders opened St Christopher’s, and Elizabeth Fry reformed prisons.',
    'The Nursing Studies and Health Sciences buildings face each other.',
    // Laws with their year, a pathway named by a phrase, a model named after its authors.
    'The Mental Capacity Act 2005 and the Data Protection Act 2018 both applied.',
    'Enhanced Recovery After Surgery pathways need the whole team.',
    'Roper, Logan and Tierney described the activities of living.',
    'Email the team at @ward-round? No: we use the shared inbox, not social media.',
    // History: public figures and what they founded, court cases, eponymous conditions, named guidance.
    'Aneurin Bevan opened the first NHS hospital on 5 July 1948 in Manchester.',
    'John Snow traced cholera to the Broad Street pump in 1854.',
    'Montgomery v Lanarkshire Health Board changed how we consent patients.',
    "Her Parkinson's and his Crohn's disease were both well controlled.",
    'The Fraser guidelines and Gillick competence came up in teaching.',
    "The University of Toronto's Centre for Interprofessional Education ran the day.",
    'The Bristol Royal Infirmary Inquiry (2001) is still taught.',
    'In the simulation suite the mannequin was called SimMan.',
    'Haemoglobin had dropped from 128 to 94 g/L overnight.',
    'Our group presentation was on 3 March, and I was nervous.',
    'NICE, Public Health England and COVID, Flu and RSV guidance were all on the reading list.',
    "The Church of England, the Catholic Church and Cardiff University's School of Healthcare Sciences all sent speakers.",
    'We had a lecture in the School of Nursing at the local Grammar School.',
    'Handover felt rushed, and placements in rural Nova Scotia differ from downtown Toronto.',
    'Our interprofessional learning day on 12 February 2025 brought together 300 students.',
    'The ward used a Sara Stedy and a Hoyer lift.',
    // Long numbers and codes a safe shape explains: counts, quantities, money, ranges, registries, standards.
    'The trust serves a population of 650000 people across the county.',
    'PMID 31234567 is the trial we discussed; ISRCTN12345678 is the other.',
    'The grant reference MR/T012345/1 funded it, and the ORCID 0000-0002-1825-0097 is the lead author.',
    'We used ISO 27001 and masks meeting EN 14683; IEC 60601 covers the pumps.',
    'Heparin 5000 units, and platelets were 450000 per microlitre.',
    'Between 2015-2020 referrals doubled; read pages 112-119, and the 2019/20 report.',
    'The NHS spent £12000000 on agency staff, and I walked 15000 steps.',
    'The course code is NURS-20415, and charity number 1098765 is on the leaflet.',
    "The drug's DIN 02242903 was on the box; SNOMED CT code 22298006 was used in the audit.",
    'The province has 1 200 000 residents, and the trial enrolled 2 345 participants.',
    'Version 2.14.3 crashed; COVID-19, FFP3, H1N1, CD4, B12 and the L4/L5 disc came up.',
    'The Royal College of Nursing and the Royal Pharmaceutical Society publish guidance.',
    'We moved to the Stroke unit; the Cardiology ward was full. Respiratory ward opened.',
    'I thanked Kolb for the cycle, and I helped Monday run smoothly.',
    'Barthel index 45/100 on admission, 70/100 at discharge; SNOMED CT code 22298006 in the audit.',
    'Barr, H., Koppel, I., Reeves, S., Hammick, M. and Freeth, D. (2005) Effective Interprofessional Education.',
    'See p. 214 of the Royal Marsden Manual for the procedure.',
    'The healthcare assistant showed me how to use the Sara Stedy safely.',
    'I am employed by NHS Greater Glasgow and Clyde; Betsi Cadwaladr University Health Board runs the scheme.',
    'Fraser Health and Alberta Health Services both take our students.',
    'The University of British Columbia runs a health mentors programme.',
    'Elle refusait son Lasix 40 mg, and Dydd Llun was our Welsh-speaking day.',
    'Semmelweis would have been horrified by the audit, which came in at 71%.',
    'Version 4.2 of the medicines policy, dated 01/04/2024, was on the intranet.',
    'Handover: BAY 2 — all stable; NBM — from midnight.',
    'Table 2 shows ranges of 1134-1200 and scores of 45/100.',
    'Dr Google had already diagnosed him; the Mr Men stickers helped; it was Braxton Hicks.',
    'Available at: https://doi.org/10.1111/jan.14562 (Accessed: 3 February 2024).',
    "Guy's and St Thomas' published a toolkit on handover.",
    'McGill University and the Université de Montréal both run sessions.',
    'The module NURS3047 Interprofessional Practice asked for 2,500 words.',
    'The Welsh Ambulance Services University NHS Trust and the Scottish Ambulance Service take students.',
    'Coffee at Tim Hortons, charts in Epic and Cerner, and Fortisip Compact twice daily.',
    'The Ward Round started late, and Non-Invasive Ventilation was discussed.',
    'Thomas, J. and Pollard, K. (2011) Student reflections on interprofessional learning.',
    'Ethics approval: REC reference 23/WA/0147; IRAS ID 312456.',
    'I trained in Dundee, and NHS 24 in Scotland works differently; dressings were Allevyn Life.',
    'ISBN 978-0-19-954880-3 is the edition of the handbook our lecturer recommended.',
    'The article ran over pages 10097-10107, and the other over 10007-10017.',
    "J'ai réalisé mon stage du 3 au 28 février 2025 en médecine interne.",
    // Round 7: contractions, a law, services, guidance, instruments and brands read as names or places.
    "She'd asked for a commode, and they'd run out; we'd have to borrow one.",
    'La Loi 21 a changé la façon dont on documente le consentement.',
    'Ambulance Saint-Laurent took the transfer, and Good Clinical Practice training was mandatory.',
    "Her Addenbrooke's Cognitive Examination score was 82/100, and the Lloyd George notes were thin.",
    'Entonox helped, and the playroom had Mr Tickle and Little Miss Sunshine on the shelf.',
    'Saskatoon and Moncton were both on my placement list.',
    'Adm 3/7 ago with a UTI, now eating and drinking.',
    // Round 8: universities, public figures, role nouns, platforms, charities, an eponymous effect, a Welsh word.
    'Students from Edinburgh Napier University and the University of the Highlands and Islands joined us.',
    'Stephen Hawking and Dylan Thomas came up in a seminar on voice, as did Sir Michael Marmot.',
    'Matron did the huddle, and Registrar cover was thin.',
    'Attend Anywhere, Mind Cymru and Hafal were all in the signposting leaflet.',
    'The Dunning-Kruger effect, and a cwtch: Cwtch was what he asked for.',
    'Our Welsh-speaking HCA and our Acadian colleagues taught me the most.',
    'Hepatitis B / Hepatitis C screening, and Table A, Figure B in the appendix.',
    'I rang Pharmacy, and the route Google Maps gave us was closed.',
    'I told Matron we were short; we ate at the Salad Bar, then the Oyster Bar, near the Mont-Royal campus.',
    'She came up from Resus at midnight, and he came down from Majors; both had driven in from Aberdeen.',
    // Round 9: a version, times, measurements, counting aloud, labels before figures, Quebec's "ben", languages,
    // a discipline's practice, regional health bodies, the Princess Royal and Radio 2.
    'The app was updated to version 16.05.23 last week, and Python 3.10.12 runs the audit script.',
    'She was seen at 10.05, then again at 11.10; admitted with a potassium of 2.9 and Hb 10.20 g/L.',
    'We counted one, two, three, four, five, six, seven, eight, nine, ten with the children.',
    'Mark: 68%, Grade: 2/5, which I will take.',
    'Ben là, je sais pas trop, mais on essaie.',
    'Urdu is my first language and English is my second language.',
    'The Framework for Dietetic Practice and the Code of Nursing Practice were set reading.',
    'NHS Lothian, Betsi Cadwaladr University Health Board and Alberta Health Services all host students.',
    'The Princess Royal opened the new wing.',
    'The community midwife drove, Radio 2 on, while I read the notes.',
    'Later, the daughter rang; afterwards, the son came in.',
    // Round 10: an ordinal after a code-like word in lower case, a relative's title alone, a kind of pharmacy.
    'Meet at b12 3rd floor; Gran said no, and Nana was asleep.',
    'I rang Pharmacy, then the Clinical Pharmacy team and the Community Pharmacy.',
    // Session 6: where someone lives or works, too wide to place them, or the writer's own town.
    'I live in Harrowgill and we both worked in Primary Care before the course.',
    'He lives in Hamilton with his daughter and works at Tesco on Saturdays.',
    'Most of our patients come from the Annapolis Valley or travelled down from Thunder Bay.',
    'The phrase comes from the Department of Health, and the English guidance works the same way.',
    'The NMC Code, the BNF Children and NICE Guidance were on the reading list.',
    'As D. A. Kolb and D. Schön argued, and J. Dewey (1938) before them, experience is not enough.',
    'The group read Barr H. and Reeves S. (2016) on interprofessional education.',
    // Round 11: a city listed with a place, a word being explained, a regional authority, a module, universities.
    'Brandon and Winnipeg have the nearest scanners, and Victoria or Kamloops the nearest specialists.',
    'Nain and Taid are Welsh for grandmother and grandfather; Kokum is the Cree word for grandmother.',
    'Winnipeg Regional Health Authority policy and Module NUR2047 Interprofessional Practice were both cited.',
    'The University of Bradford runs IPE days; our visitors were from McMaster University.',
    // Round 12: a city that is also a given name, a language, a day in the plural after "work", an Elder known by name.
    'Swansea was my first choice, and Oji-Cree was her first language.',
    'Social work joined the MDT on Wednesdays; OT came on Fridays.',
    "Elder Albert Marshall's Two-Eyed Seeing shaped our discussion.",
  ])('finds nothing in "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('still reports a historical date, which a reviewer can except', () => {
    expect(found('The NHS was founded on 5 July 1948.')).toEqual([['date', '5 July 1948']]);
  });

  it('takes a record number in the same sentence only, and a date after a record label is a date', () => {
    expect(found('The MRN was missing. His was 7003 5519 pounds.')).toEqual([]);
    expect(found('the chart, 1945-11-29, was')).toEqual([['date', '1945-11-29']]);
  });

  // Like the tests above, the timeout only catches a quadratic blow-up (400 KB of candidates); speed is measured in docs/benchmarks.md.
  it('finds every candidate in a long run of names and record labels, without blowing up', () => {
    const names = 'I was caring for Chidi Okonkwo and Ama Mensah-Boateng, the K number K0983321. '.repeat(5_000);
    expect(findIdentifiers(names).length).toBe(15_000);
  }, 10_000);
});

describe('long runs of blanked-out text', () => {
  // The lint searches prose in which link addresses and code are replaced by spaces, so runs of hundreds
  // of spaces are normal. With an ambiguous gap pattern these inputs took minutes; each now takes
  // milliseconds, far inside the test timeout.
  it('does not backtrack catastrophically over spaces between capitalised words', () => {
    const words = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'].join(' '.repeat(200));
    expect(findIdentifiers(words)).toEqual([]);
  }, 5_000);

  it('does not backtrack catastrophically over a line of blanked link addresses', () => {
    const line = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'].map((w) => `${w}${' '.repeat(150)}`).join(' ');
    expect(findIdentifiers(`${line}\n${line}`)).toEqual([]);
  }, 5_000);
});

describe('scanSegments: text in pieces, mapped back to the source', () => {
  it('joins an NHS number split across emphasis and reports where it starts', async () => {
    const { scanSegments } = await import('../../src/lib/confidentiality/scan-segments.ts');
    // "Number 999 *012* 3470." on line 3: three text nodes, as a Markdown parser gives them.
    const found = scanSegments([
      { value: 'Number 999 ', start: { line: 3, column: 1, offset: 40 } },
      { value: '012', start: { line: 3, column: 13, offset: 52 } },
      { value: ' 3470.', start: { line: 3, column: 17, offset: 56 } },
    ]);
    expect(found.map((f) => [f.rule, f.text, f.at])).toEqual([
      ['confidentiality/nhs-number', '999 012 3470', { line: 3, column: 8, offset: 47 }],
    ]);
  });

  it('removes zero-width characters, reads full-width digits and no-break spaces, and keeps positions exact', async () => {
    const { scanSegments } = await import('../../src/lib/confidentiality/scan-segments.ts');
    const found = scanSegments([
      {
        value: 'See ９９９\u00A0０１２\u200B\u00A0３４７０ and LS1\u200B 4AP.',
        start: { line: 7, column: 5, offset: 100 },
      },
    ]);
    expect(found.map((f) => [f.rule, f.text, f.at.column])).toEqual([
      ['confidentiality/nhs-number', '999 012 3470', 9],
      ['confidentiality/uk-postcode', 'LS1 4AP', 27],
    ]);
  });
});

describe('check digits of the other health numbers', () => {
  it('accepts valid numbers and refuses a changed digit', async () => {
    const digits = await import('../../src/lib/confidentiality/check-digits.ts');
    // British Columbia: the worked example in the province's published format ("9698 658 215").
    expect(digits.isValidBcPhn('9698 658 215')).toBe(true);
    expect(digits.isValidBcPhn('9698 648 215')).toBe(false);
    expect(digits.isValidBcPhn('5736504210')).toBe(false);
    // CHI: a real date of birth first, modulus 11 last.
    expect(digits.isValidChiNumber('0101001231')).toBe(true);
    expect(digits.isValidChiNumber('3202001234')).toBe(false);
    // Health and Care: 320 to 399, modulus 11.
    expect(digits.isValidHcNumber('3990000012')).toBe(true);
    expect(digits.isValidHcNumber('9990123470')).toBe(false);
    // Luhn: Ontario (ten digits) and Alberta (nine).
    expect(digits.isValidOntarioHealthNumber('9991234569')).toBe(true);
    expect(digits.isValidOntarioHealthNumber('9991234568')).toBe(false);
    expect(digits.isValidAlbertaPhn('999900012')).toBe(true);
    expect(digits.isValidAlbertaPhn('999900013')).toBe(false);
  });

  it('names each scheme by its own rule, from its grouping and check digit', () => {
    expect(
      found('CHI 010100 1231, H&C 399 000 0012, Ontario 9991-234-569-AB, BC 9999 000 013, Alberta 99990-0012.').map(
        ([rule]) => rule,
      ),
    ).toEqual(['chi-number', 'hc-number', 'ontario-health-number', 'bc-phn', 'alberta-phn']);
  });
});
