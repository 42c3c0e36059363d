#include "synth/person.hpp"

#include <fmt/core.h>

namespace lens::synth {
namespace {

struct NameGroup {
  std::vector<const char*> boys;
  std::vector<const char*> girls;
  std::vector<const char*> surnames;
};

// Common names in England's communities, written for Lens; none is taken from any record.
const NameGroup kBritish = {
    {"Oliver", "Harry", "Jack", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar",
     "Leo", "Archie", "Joshua", "James", "Thomas", "William", "Riley", "Logan", "Tyler", "Kyle",
     "Connor", "Callum", "Liam", "Ethan", "Mason", "Lewis", "Daniel", "Ryan", "Jake", "Reece",
     "Harvey", "Finley", "Toby", "Max", "Sam"},
    {"Olivia", "Amelia", "Isla", "Ava", "Emily", "Poppy", "Jessica", "Lily", "Grace", "Sophie",
     "Chloe", "Ella", "Evie", "Mia", "Ruby", "Millie", "Freya", "Daisy", "Holly", "Megan",
     "Courtney", "Jade", "Lauren", "Leah", "Paige", "Amber", "Charlotte", "Ellie", "Phoebe",
     "Scarlett", "Summer", "Erin", "Kayla", "Lacey", "Isabelle"},
    {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
     "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
     "Jackson", "Clarke", "Harris", "Lewis", "Cooper", "King", "Baker", "Hughes", "Turner",
     "Hill", "Moore", "Ward", "Mitchell", "Parker", "Carter", "Marshall", "Bennett", "Price",
     "Barnes", "Holmes", "Shaw", "Lloyd"}};
const NameGroup kIrishTraveller = {
    {"Patrick", "Michael", "John", "Martin", "Thomas", "Johnny", "Jimmy", "Tommy", "Paddy",
     "Christy"},
    {"Mary", "Bridget", "Margaret", "Kathleen", "Ellen", "Nora", "Shannon", "Roseanne",
     "Theresa", "Josie"},
    {"Doherty", "McDonagh", "Ward", "Connors", "Maughan", "Joyce", "Murphy", "O'Brien",
     "Sheridan", "Quinn", "Delaney", "Keenan"}};
const NameGroup kEuropean = {
    {"Jakub", "Filip", "Mateusz", "Luca", "Andrei", "Darius", "Nikola", "Tomas", "Marko",
     "Kacper", "Ionut", "Rafael", "Bogdan", "Aleksander", "Dominik", "Szymon", "Matei", "Eduard"},
    {"Zuzanna", "Maja", "Julia", "Amelia", "Antonia", "Bianca", "Ioana", "Natalia", "Alicja",
     "Elena", "Sofia", "Karolina", "Daria", "Roxana", "Ana", "Lena", "Emilia", "Denisa"},
    {"Kowalski", "Nowak", "Wisniewski", "Popescu", "Ionescu", "Lewandowski", "Kaminski",
     "Petrov", "Horvat", "Kazlauskas", "Silva", "Santos", "Ferreira", "Dumitru", "Stan",
     "Zielinski", "Novak", "Balogh"}};
const NameGroup kSouthAsianMuslim = {
    {"Muhammad", "Ibrahim", "Yusuf", "Adam", "Ayaan", "Zayn", "Hamza", "Ali", "Bilal", "Imran",
     "Rehan", "Arham", "Zakariya", "Haris", "Saad", "Ismail", "Rayyan", "Abdullah"},
    {"Aisha", "Maryam", "Fatima", "Zainab", "Hafsa", "Inaya", "Amira", "Khadija", "Sana",
     "Ayesha", "Safa", "Anaya", "Hania", "Iqra", "Noor", "Zara", "Alisha", "Sumaiya"},
    {"Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Begum", "Rahman", "Islam", "Miah", "Iqbal",
     "Mahmood", "Shah", "Bibi", "Uddin", "Hassan", "Chowdhury", "Butt", "Rashid"}};
const NameGroup kIndian = {
    {"Arjun", "Rohan", "Aarav", "Dev", "Krish", "Vihaan", "Nikhil", "Harjot", "Gurveer",
     "Karan", "Rahul", "Aryan", "Jai", "Ravi", "Sahil", "Manveer"},
    {"Priya", "Anaya", "Simran", "Diya", "Kiran", "Asha", "Navneet", "Riya", "Sanvi", "Harleen",
     "Meera", "Pooja", "Isha", "Jasleen", "Tara", "Neha"},
    {"Patel", "Singh", "Kaur", "Sharma", "Shah", "Gill", "Sandhu", "Kumar", "Mistry", "Parmar",
     "Joshi", "Chauhan", "Sidhu", "Bains", "Mehta", "Desai"}};
const NameGroup kAfrican = {
    {"David", "Daniel", "Samuel", "Emmanuel", "Joshua", "Michael", "Joseph", "Tobi", "Tunde",
     "Kwame", "Kofi", "Chidi", "Abdi", "Mohamed", "Ayo", "Femi", "Ebuka", "Tendai"},
    {"Grace", "Blessing", "Esther", "Favour", "Precious", "Deborah", "Abena", "Amara", "Chioma",
     "Ifeoma", "Hodan", "Ayan", "Nia", "Zainab", "Tolu", "Adaeze", "Joy", "Ruth"},
    {"Okafor", "Adeyemi", "Mensah", "Osei", "Boateng", "Okoye", "Adebayo", "Balogun", "Nwosu",
     "Abdi", "Mohamed", "Ali", "Asante", "Owusu", "Eze", "Oladipo", "Mwangi", "Kamara"}};
const NameGroup kCaribbean = {
    {"Jayden", "Tyrese", "Kai", "Malachi", "Jermaine", "Marcus", "Isaiah", "Elijah", "Andre",
     "Rico", "Nathaniel", "Jordan", "Kyrie", "Tyrone", "Deshawn"},
    {"Aaliyah", "Jada", "Kiara", "Tianna", "Shanice", "Nia", "Imani", "Keisha", "Destiny",
     "Tia", "Jasmine", "Serena", "Amani", "Leanne", "Kayla"},
    {"Campbell", "Brown", "Williams", "Clarke", "Grant", "Francis", "Henry", "Reid", "Morgan",
     "Thomas", "Richards", "Gordon", "Samuels", "Bailey", "Lawrence", "Edwards"}};
const NameGroup kChinese = {
    {"Ethan", "Jason", "Kevin", "Ryan", "Hao", "Jun", "Wei", "Ming", "Lucas", "Daniel"},
    {"Chloe", "Grace", "Emily", "Jia", "Mei", "Xin", "Yan", "Hannah", "Alice", "Lin"},
    {"Chen", "Wang", "Li", "Zhang", "Liu", "Wong", "Cheung", "Lam", "Ng", "Chan", "Lee", "Ho"}};
const NameGroup kArabOther = {
    {"Omar", "Ahmed", "Youssef", "Karim", "Hassan", "Tariq", "Sami", "Ali", "Amir", "Nabil",
     "Reza", "Dawit", "Arman", "Mustafa"},
    {"Layla", "Yasmin", "Noor", "Sara", "Leila", "Mariam", "Hana", "Rania", "Dina", "Salma",
     "Shirin", "Selam", "Lina", "Nadia"},
    {"Hassan", "Ibrahim", "Mahmoud", "Haddad", "Saleh", "Nasser", "Abbas", "Karimi", "Hosseini",
     "Tesfaye", "Rahimi", "Osman", "Yilmaz", "Demir"}};

const NameGroup& group_for(const std::string& ethnicity) {
  if (ethnicity == "WIRT") return kIrishTraveller;
  if (ethnicity == "WOTH" || ethnicity == "WROM") return kEuropean;
  if (ethnicity == "APKN" || ethnicity == "ABAN") return kSouthAsianMuslim;
  if (ethnicity == "AIND") return kIndian;
  if (ethnicity == "BAFR") return kAfrican;
  if (ethnicity == "BCRB" || ethnicity == "BOTH") return kCaribbean;
  if (ethnicity == "CHNE") return kChinese;
  if (ethnicity == "AOTH" || ethnicity == "OOTH") return kArabOther;
  return kBritish;  // WBRI, WIRI, mixed, refused, not obtained
}

const char* any(const std::vector<const char*>& list, Random& random) {
  return list[random.below(list.size())];
}

const std::vector<const char*> kStreets = {
    "Oakfield", "Station", "Church", "Victoria", "Mill", "Park", "Manor", "Queens", "Kings",
    "Albert", "Elm", "Beech", "Ash", "Cedar", "Willow", "Meadow", "Chestnut", "Hawthorn",
    "Windsor", "Grange", "Highfield", "Springfield", "Brook", "Ferndale", "Rosebery",
    "Cambridge", "Salisbury", "Gladstone", "Whitehall", "Orchard", "Lime", "Maple", "Hazel",
    "Greenway", "Longbridge", "Parsloes", "Heathway", "Valence", "Becontree", "Ripple",
    "Thames", "Riverside", "Marsh", "Farm", "Hillside", "Woodland", "Fairview", "Bridge",
    "Crown", "Market", "Nelson", "Wellington", "Milton", "Shakespeare", "Tennyson", "Howard",
    "Clarence", "Cromwell", "Beaumont", "Lancaster"};
const std::vector<const char*> kStreetKinds = {"Road", "Street", "Avenue", "Close", "Gardens",
                                               "Way", "Drive", "Lane", "Crescent", "Court",
                                               "Grove", "Place", "Walk", "Rise"};
// Letters used in the inward part of a postcode (never C I K M O V).
constexpr const char* kInwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

}  // namespace

std::string make_postcode(const std::string& district, Random& random) {
  return fmt::format("{} {}{}{}", district, random.between(1, 9), kInwardLetters[random.below(20)],
                     kInwardLetters[random.below(20)]);
}

Household make_household(const std::string& ethnicity, const std::vector<std::string>& districts,
                         Random& random) {
  Household h;
  h.family_name = any(group_for(ethnicity).surnames, random);
  std::string street = fmt::format("{} {}", any(kStreets, random), any(kStreetKinds, random));
  if (random.chance(0.2))
    h.address = fmt::format("Flat {}, {} House, {}", random.between(1, 48),
                            any(kStreets, random), street);
  else
    h.address = fmt::format("{} {}", random.between(1, 180), street);
  const std::string district = districts.empty() ? std::string("ZZ99") : districts[random.below(districts.size())];
  h.postcode = make_postcode(district, random);
  return h;
}

std::string make_given_name(const std::string& ethnicity, const std::string& gender,
                            Random& random) {
  const NameGroup& g = group_for(ethnicity);
  bool boy = gender == "1" || (gender != "2" && random.chance(0.5));
  // Children of mixed heritage often have names from either parent's tradition.
  if (ethnicity[0] == 'M' && random.chance(0.4)) {
    const NameGroup& other = ethnicity == "MWAS" ? kSouthAsianMuslim : kCaribbean;
    return any(boy ? other.boys : other.girls, random);
  }
  return any(boy ? g.boys : g.girls, random);
}

}  // namespace lens::synth
