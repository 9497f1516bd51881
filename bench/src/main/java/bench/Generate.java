package bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import org.chirodesk.patient.NameWords;

/**
 * Fills the clinic's database with realistic patients: Jersey, Portuguese, Polish, Irish,
 * Vietnamese and Chinese names with their accents, dates of birth, phones, emails, and visit
 * notes for one patient in ten (plus one patient with sixty visits). Repeatable: the same seed
 * gives the same clinic.
 *
 * <p>Usage: Generate JDBC_URL USER PASSWORD PATIENTS
 */
public final class Generate {

    static final String[] FAMILY = {
        "Le Brocq", "de Gruchy", "Le Sueur", "Renouf", "Vibert", "Le Cornu", "Pallot", "Amy", "Querée", "Le Maistre",
        "Pereira", "Silva", "Gonçalves", "Fernandes", "Rodrigues", "Sousa", "Conceição", "Araújo", "Gomes", "Ribeiro",
        "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Dąbrowski",
        "O'Brien", "O'Neill", "Murphy", "Kelly", "Ó Súilleabháin", "McCarthy", "Walsh", "Byrne",
        "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "王", "李", "张", "Chen",
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke"
    };
    static final String[] GIVEN = {
        "Zoë", "João", "Siobhán", "Małgorzata", "Łukasz", "Thị Lan", "Minh", "Anna", "Maria", "José", "Inês",
        "Ana", "Tiago", "Beatriz", "Piotr", "Katarzyna", "Agnieszka", "Aoife", "Seán", "Niamh", "Ciarán",
        "Oliver", "George", "Harry", "Jack", "Charlie", "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie",
        "Grace", "Lily", "James", "William", "Thomas", "Daniel", "Samuel", "Hannah", "Chloe", "Lucy", "Ellie",
        "Mia", "Ruby", "Freya", "Evie", "Jessica", "Wei", "Xiu", "Hùng", "Phương", "Renée", "Chloé"
    };

    private Generate() {}

    public static void main(String[] args) throws SQLException {
        var patients = Integer.parseInt(args[3]);
        try (var db = DriverManager.getConnection(args[0] + "&rewriteBatchedStatements=true", args[1], args[2])) {
            db.setAutoCommit(false);
            try (var session = db.createStatement()) {
                session.execute("SET unique_checks = 0");
                session.execute("SET foreign_key_checks = 0");
            }
            var first = nextId(db);
            var started = System.nanoTime();
            insert(db, first, patients, new Random(42));
            System.out.printf("Generated %,d patients in %.0f s%n", patients, (System.nanoTime() - started) / 1e9);
        }
    }

    private static long nextId(Connection db) throws SQLException {
        try (var result = db.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) + 1000 FROM patient")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void insert(Connection db, long first, int patients, Random random) throws SQLException {
        var today = LocalDate.now();
        try (var patient = db.prepareStatement("INSERT INTO patient (id, public_id, family_name, given_names,"
                        + " date_of_birth, sex, mobile_phone, phone_digits, email, sitting_hours_per_day, archived,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())");
                var word = db.prepareStatement("INSERT INTO patient_name_token (patient_id, token) VALUES (?, ?)");
                var note = db.prepareStatement("INSERT INTO visit_note (patient_id, visit_date, subjective, objective,"
                        + " assessment, plan, written_by, written_at, signed_by, signed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'chiro', UTC_TIMESTAMP(), 'chiro', UTC_TIMESTAMP())")) {
            for (long i = 0; i < patients; i++) {
                var id = first + i;
                var family = FAMILY[random.nextInt(FAMILY.length)];
                var given = GIVEN[random.nextInt(GIVEN.length)];
                var phone = "07797" + (100000 + random.nextInt(900000));
                patient.setLong(1, id);
                patient.setString(2, publicId(random));
                patient.setString(3, family);
                patient.setString(4, given);
                patient.setObject(5, today.minusDays(6570 + random.nextInt(25000)));
                patient.setString(6, random.nextBoolean() ? "FEMALE" : "MALE");
                patient.setString(7, phone);
                patient.setString(8, phone);
                patient.setString(9, "p" + id + "@example.org");
                patient.setInt(10, random.nextInt(12));
                patient.setBoolean(11, random.nextInt(20) == 0);
                patient.addBatch();
                for (var token : NameWords.of(family, given)) {
                    word.setLong(1, id);
                    word.setString(2, token);
                    word.addBatch();
                }
                var visits = i == 0 ? 60 : random.nextInt(10) == 0 ? 1 + random.nextInt(8) : 0;
                for (int v = 0; v < visits; v++) {
                    note.setLong(1, id);
                    note.setObject(2, today.minusDays(7L * (visits - v)));
                    note.setString(3, "Low back pain " + (2 + random.nextInt(7)) + "/10, worse sitting");
                    note.setString(4, "Lumbar flexion limited; SLR negative");
                    note.setString(5, "Mechanical low back pain, improving");
                    note.setString(6, "Cat-camel hourly, short walks, micro-breaks");
                    note.addBatch();
                }
                if (i % 2000 == 1999 || i == patients - 1) {
                    patient.executeBatch();
                    word.executeBatch();
                    note.executeBatch();
                    db.commit();
                }
                if (i % 100_000 == 99_999) {
                    System.out.printf("  %,d patients%n", i + 1);
                }
            }
        }
    }

    private static String publicId(Random random) {
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var id = new StringBuilder(22);
        for (int i = 0; i < 22; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
