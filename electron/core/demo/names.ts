import type { Ethnicity } from '../../../shared/codes';

/** Name pools for the demonstration office; places and courts are fictional. */
const pools = {
  british: {
    male: ['James', 'Daniel', 'Thomas', 'Ryan', 'Liam', 'Jack', 'Connor', 'Lewis', 'Craig', 'Dean', 'Jordan', 'Kyle', 'Scott', 'Mark', 'Paul', 'Gareth', 'Rhys', 'Owen', 'Callum', 'Nathan'],
    female: ['Emma', 'Chloe', 'Sophie', 'Jade', 'Gemma', 'Kelly', 'Laura', 'Rebecca', 'Stacey', 'Hannah', 'Megan', 'Bethan', 'Amy', 'Leanne', 'Zoe'],
    family: ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Walker', 'Wright', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Lewis', 'Clarke', 'Jackson', 'Turner', 'Hill', 'Moore', 'Cooper', 'Ward', 'Morgan', 'Baker', 'Price'],
  },
  southAsian: {
    male: ['Mohammed', 'Imran', 'Aamir', 'Bilal', 'Rajesh', 'Sanjay', 'Harpreet', 'Gurdeep', 'Arif', 'Kamran', 'Shahid', 'Rahul'],
    female: ['Aisha', 'Fatima', 'Priya', 'Nadia', 'Sana', 'Harleen', 'Amrit', 'Shabnam'],
    family: ['Khan', 'Ahmed', 'Hussain', 'Ali', 'Patel', 'Singh', 'Begum', 'Sharma', 'Iqbal', 'Mahmood', 'Kaur', 'Rahman', 'Uddin', 'Akhtar'],
  },
  black: {
    male: ['Kwame', 'Tyrone', 'Marcus', 'Jerome', 'Abdi', 'Chidi', 'Emeka', 'Delroy', 'Andre', 'Kofi', 'Mohamed', 'Tunde'],
    female: ['Abena', 'Chantelle', 'Grace', 'Amara', 'Hodan', 'Shanice', 'Ngozi', 'Keisha'],
    family: ['Mensah', 'Campbell', 'Okafor', 'Brown', 'Adeyemi', 'Williams', 'Francis', 'Osei', 'Warsame', 'Johnson', 'Grant', 'Boateng'],
  },
  european: {
    male: ['Piotr', 'Andrei', 'Tomasz', 'Marius', 'Jonas', 'Mateusz', 'Ionut', 'Darius', 'Pavel'],
    female: ['Agnieszka', 'Ioana', 'Kasia', 'Elena', 'Ruta', 'Monika'],
    family: ['Kowalski', 'Nowak', 'Popescu', 'Kazlauskas', 'Wisniewski', 'Ionescu', 'Petrov', 'Horvath', 'Lewandowski'],
  },
  other: {
    male: ['Ahmad', 'Omar', 'Wei', 'Hassan', 'Youssef', 'Chen', 'Karim', 'Samir'],
    female: ['Mariam', 'Lina', 'Mei', 'Layla', 'Noor'],
    family: ['Haddad', 'Saleh', 'Wang', 'Nasser', 'Li', 'Mansour', 'Zhang', 'Aziz'],
  },
} as const;

export function namePoolFor(ethnicity: Ethnicity) {
  if (ethnicity.startsWith('ASIAN_') && ethnicity !== 'ASIAN_CHINESE') return pools.southAsian;
  if (ethnicity.startsWith('BLACK_') || ethnicity === 'MIXED_WHITE_BLACK_CARIBBEAN' || ethnicity === 'MIXED_WHITE_BLACK_AFRICAN') return pools.black;
  if (ethnicity === 'WHITE_OTHER' || ethnicity === 'WHITE_ROMA') return pools.european;
  if (ethnicity === 'ASIAN_CHINESE' || ethnicity.startsWith('OTHER_')) return pools.other;
  return pools.british;
}

export const staffGivenNames = ['Sarah', 'David', 'Helen', 'Michael', 'Rachel', 'Andrew', 'Claire', 'Stephen', 'Joanne', 'Richard', 'Nicola', 'Peter', 'Karen', 'Simon', 'Lisa', 'Martin', 'Amanda', 'Neil', 'Fiona', 'Gary', 'Yasmin', 'Tariq', 'Olu', 'Bronwen'];

export const towns = ['Northvale', 'Eastbridge', 'Millford', 'Ashcombe', 'Hartley Green', 'Kingsmoor', 'Westholme', 'Brackenfield', 'Orton Vale', 'Sandling', 'Thornbury Cross', 'Fairhaven', 'Stonebeck', 'Ridgeway', 'Elmstead', 'Coldharbour', 'Marsden Hythe', 'Holloway Bridge', 'Castleford Down', 'Wyecombe'];

export const streets = ['Mill Lane', 'Station Road', 'Church Street', 'High Street', 'Victoria Road', 'Park Avenue', 'Queen Street', 'Albert Terrace', 'Greenway', 'Meadow Close', 'Canal Side', 'Orchard Way'];

export const offencesByCategory = {
  VIOLENCE: ['Assault by beating', 'Assault occasioning actual bodily harm', 'Common assault on an emergency worker'],
  SEXUAL: ['Exposure', 'Sexual assault'],
  ROBBERY: ['Robbery'],
  THEFT: ['Theft from a shop', 'Theft of a motor vehicle', 'Handling stolen goods'],
  BURGLARY: ['Burglary of a dwelling', 'Burglary of a non-dwelling'],
  CRIMINAL_DAMAGE: ['Criminal damage under £5,000', 'Arson not endangering life'],
  DRUGS: ['Possession of a class A drug', 'Possession with intent to supply a class B drug', 'Production of cannabis'],
  PUBLIC_ORDER: ['Affray', 'Using threatening behaviour', 'Harassment'],
  FRAUD: ['Fraud by false representation', 'Benefit fraud'],
  MOTORING: ['Driving with excess alcohol', 'Driving while disqualified', 'Dangerous driving'],
  WEAPONS: ['Possession of a bladed article in a public place'],
  OTHER: ['Breach of a restraining order', 'Failing to surrender to bail'],
} as const;

export const otherLanguages = ['Polish', 'Romanian', 'Urdu', 'Punjabi', 'Arabic', 'Somali', 'Portuguese', 'Lithuanian', 'Bengali', 'Tigrinya', 'Kurdish', 'Welsh'];
