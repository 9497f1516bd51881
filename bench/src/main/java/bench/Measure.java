package bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chirodesk.patient.NameWords;

/**
 * Times the front desk's search and the opening of a chart through the running application, as a
 * browser does it (signed in, JSF ajax for the search), at 1 and 16 concurrent clients, and the
 * same search query over raw JDBC in the same run. Prints a Markdown table.
 *
 * <p>Usage: Measure BASE_URL JDBC_URL USER PASSWORD REQUESTS_PER_CLIENT
 */
public final class Measure {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final List<String> SEARCHES = List.of(
            "ngu", "le b", "kowal", "o'b", "zoe silva", "smith oli", "wiśniewski", "王", "gonçalves ana",
            "P001234", "14/03/1979", "07797 12", "p123@", "murphy niamh", "renouf");
    /** The application's name search (PatientSearchSql), written out by hand: ids, then the page. */
    private static final String IDS = "SELECT DISTINCT w0.patient_id FROM patient_name_token w0"
            + " JOIN patient p ON p.id = w0.patient_id WHERE w0.token LIKE ?%s AND p.archived = FALSE LIMIT 1001";
    private static final String WORD = " AND EXISTS (SELECT 1 FROM patient_name_token w%1$d"
            + " WHERE w%1$d.patient_id = w0.patient_id AND w%1$d.token LIKE ?)";
    private static final String PAGE = "SELECT p.* FROM patient p WHERE p.id IN (%s)"
            + " ORDER BY p.family_name, p.given_names, p.id LIMIT 25";

    private final String base;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final int requests;

    private Measure(String[] args) {
        base = args[0].replaceFirst("/$", "");
        jdbcUrl = args[1];
        user = args[2];
        password = args[3];
        requests = Integer.parseInt(args[4]);
    }

    public static void main(String[] args) throws Exception {
        new Measure(args).run();
    }

    private void run() throws Exception {
        List<String> charts;
        String oneVisit;
        String sixtyVisits;
        long patients;
        try (var db = DriverManager.getConnection(jdbcUrl, user, password)) {
            patients = single(db, "SELECT COUNT(*) FROM patient");
            charts = strings(db, "SELECT public_id FROM patient WHERE MOD(id, 997) = 0 LIMIT 2000");
            oneVisit = strings(db, "SELECT p.public_id FROM patient p JOIN visit_note n ON n.patient_id = p.id"
                            + " GROUP BY p.id, p.public_id HAVING COUNT(*) = 1 LIMIT 1")
                    .get(0);
            sixtyVisits = strings(db, "SELECT p.public_id FROM patient p JOIN visit_note n ON n.patient_id = p.id"
                            + " GROUP BY p.id, p.public_id HAVING COUNT(*) = 60 LIMIT 1")
                    .get(0);
        }
        System.out.printf("%n### %,d patients%n%n", patients);
        System.out.println("| what | clients | requests | p50 ms | p95 ms | p99 ms | requests/s |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (var clients : List.of(1, 16)) {
            report("search, through the page (JSF ajax)", clients, this::searchThroughPage);
            report("search, raw JDBC (count + page)", clients, this::searchOverJdbc);
            report("open a chart (full page)", clients, () -> chartThroughPage(charts));
        }
        System.out.printf("%nSQL statements to render a chart: %d with 1 visit, %d with 60 visits.%n",
                statementsFor(oneVisit), statementsFor(sixtyVisits));
    }

    /** One client's work: a task to set up, then a task per timed request. */
    private interface Client {
        Callable<Void> start() throws Exception;
    }

    private void report(String what, int clients, Client client) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        var latencies = Collections.synchronizedList(new ArrayList<Double>());
        var tasks = new ArrayList<Callable<Void>>();
        for (int c = 0; c < clients; c++) {
            tasks.add(() -> {
                var request = client.start();
                for (int i = 0; i < 20; i++) {
                    request.call(); // warm-up
                }
                for (int i = 0; i < requests; i++) {
                    var started = System.nanoTime();
                    request.call();
                    latencies.add((System.nanoTime() - started) / 1e6);
                }
                return null;
            });
        }
        var started = System.nanoTime();
        try {
            for (var result : pool.invokeAll(tasks)) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var sorted = latencies.stream().sorted().toList();
        System.out.printf("| %s | %d | %d | %.1f | %.1f | %.1f | %.0f |%n", what, clients, sorted.size(),
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.size() / seconds);
    }

    private Callable<Void> searchThroughPage() throws Exception {
        var http = signedIn();
        var page = get(http, "/patients/index.xhtml");
        var viewState = viewState(page);
        var turn = new int[] {(int) Thread.currentThread().getId()};
        return () -> {
            var term = SEARCHES.get(turn[0]++ % SEARCHES.size());
            var body = form(Map.of(
                    "jakarta.faces.partial.ajax", "true",
                    "jakarta.faces.source", "find:search",
                    "jakarta.faces.partial.execute", "find",
                    "jakarta.faces.partial.render", "find:patients",
                    "find", "find",
                    "find:query", term,
                    "jakarta.faces.ViewState", viewState));
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/patients/index.xhtml"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Faces-Request", "partial/ajax")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("find:patients")) {
                throw new IllegalStateException("search failed: " + response.statusCode());
            }
            return null;
        };
    }

    private Callable<Void> searchOverJdbc() throws SQLException {
        Connection db = DriverManager.getConnection(jdbcUrl, user, password);
        var turn = new int[] {(int) Thread.currentThread().getId()};
        return () -> {
            var words = NameWords.ofSearch(SEARCHES.get(turn[0]++ % 9)).stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .toList();
            var more = new StringBuilder();
            for (int i = 1; i < words.size(); i++) {
                more.append(WORD.formatted(i));
            }
            var ids = new ArrayList<Long>();
            try (var query = db.prepareStatement(IDS.formatted(more))) {
                for (int i = 0; i < words.size(); i++) {
                    query.setString(i + 1, words.get(i) + "%");
                }
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            if (!ids.isEmpty()) {
                var in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
                try (var page = db.createStatement();
                        var rows = page.executeQuery(PAGE.formatted(in))) {
                    while (rows.next()) {
                        rows.getString("family_name");
                    }
                }
            }
            return null;
        };
    }

    private Callable<Void> chartThroughPage(List<String> charts) throws Exception {
        var http = signedIn();
        var turn = new int[] {(int) Thread.currentThread().getId()};
        return () -> {
            var page = get(http, "/chart/index.xhtml?patient=" + charts.get(turn[0]++ % charts.size()));
            if (!page.contains("Visit notes")) {
                throw new IllegalStateException("chart did not open");
            }
            return null;
        };
    }

    private long statementsFor(String publicId) throws Exception {
        var http = signedIn();
        get(http, "/chart/index.xhtml?patient=" + publicId); // first opening loads the session's beans
        try (var db = DriverManager.getConnection(jdbcUrl, user, password)) {
            var before = single(db, "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'COM_SELECT'");
            get(http, "/chart/index.xhtml?patient=" + publicId);
            var after = single(db, "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'COM_SELECT'");
            return after - before - 1; // less the reading of the counter itself
        }
    }

    private HttpClient signedIn() throws Exception {
        var http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        var login = get(http, "/login.xhtml");
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "signIn", "signIn",
                                "signIn:username", "chiro",
                                "signIn:password", "chirodesk-demo",
                                "signIn:signInButton", "",
                                "jakarta.faces.ViewState", viewState(login)))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (!response.body().contains("signedInUser")) {
            throw new IllegalStateException("sign-in failed");
        }
        return http;
    }

    private String get(HttpClient http, String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String viewState(String page) {
        var matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no view state on the page");
        }
        return matcher.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
