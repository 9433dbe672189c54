package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The product's acceptance on {@code examples/} (the seed article and the illustrative articles written for the
 * project, in the repository): {@code run examples --as-of 2025-05-01T00:00:00Z}, as the README shows it.
 *
 * <p>What broke: the deployment ("North Korea has sent more soldiers to Russia") and "more than 10,000 soldiers were
 * sent" were two claims, so North Korea's and Russia's April confirmations went to the figure, and the deployment
 * showed Russia's denial alone and read as disputed.
 */
class ExamplesAcceptanceTest {

    @TempDir
    static Path dir;

    private static JsonNode report;

    @BeforeAll
    static void run() throws IOException {
        Path examples = Path.of("..", "examples");
        assertTrue(Files.isDirectory(examples), "examples/ is expected next to the cli module: " + examples
                .toAbsolutePath());
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("run", examples.toString(), "--as-of", "2025-05-01T00:00:00Z", "-o",
                dir.toString()), err.toString());
        report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    }

    private static JsonNode claimCarrying(String contentPart) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode c : report.get("claims")) {
            for (JsonNode e : c.get("evidence")) {
                if (e.get("content").asText().contains(contentPart)) {
                    found.add(c);
                    break;
                }
            }
        }
        assertEquals(1, found.size(), "claims carrying '" + contentPart + "': " + found.size());
        return found.get(0);
    }

    private static Set<String> texts(JsonNode claim, String field, String role) {
        Set<String> out = new TreeSet<>();
        for (JsonNode e : claim.get("evidence")) {
            if (role.isEmpty() || e.get("role").asText().equals(role)) {
                out.add(e.get(field).asText());
            }
        }
        return out;
    }

    @Test
    void theDeploymentAndItsTroopCountAreOneClaimWithThePartiesLaterConfirmations() {
        JsonNode deployment = claimCarrying("re-deployed several to the frontline in Kursk");
        assertEquals(deployment, claimCarrying("more than 10,000 soldiers from the reclusive state"));
        assertEquals(deployment, claimCarrying("it had sent troops to Russia to fight in the Kursk region"));
        assertEquals(deployment, claimCarrying("the deployment of North Korean soldiers in the Kursk region"));
        assertEquals("[\"more than 10,000\"]", deployment.get("values").toString());
        assertEquals("CORROBORATED", deployment.get("status").asText());
        assertEquals(1, deployment.get("grade").get("credibility").asInt(), deployment.get("grade").toString());
        Set<String> origins = new TreeSet<>();
        for (JsonNode e : deployment.get("evidence")) {
            if (e.get("role").asText().equals("SUPPORTS") && e.get("counted").asBoolean()) {
                origins.add(e.get("origin").asText());
            }
        }
        assertEquals(Set.of("kp-government", "kr-government", "ru-government", "ua-government",
                "western-intelligence"), origins, "independent intelligence origins and both parties, each once");
        // Moscow's and Pyongyang's earlier silence stays on record; Russia's denial is superseded by its confirmation
        assertEquals(Set.of("Government of North Korea", "Government of Russia", "Dmitry Peskov"),
                texts(deployment, "source", "SILENT"));
        // the defence ministry's March denial is superseded by the April confirmation; the Kremlin's dismissal of
        // "reports that North Korean soldiers were fighting" is not about this claim, whose statement reports the
        // sending of troops, not fighting (it stays with Seoul's "had not been engaged in combat", which it backs)
        assertEquals(Set.of("North Korean troops had been sent to the front"), texts(deployment, "content",
                "OPPOSES"));
        for (JsonNode e : deployment.get("evidence")) {
            if (e.get("role").asText().equals("OPPOSES")) {
                assertTrue(e.get("superseded").asBoolean() && !e.get("counted").asBoolean(), e.toString());
            }
            assertTrue(!e.get("negation").asBoolean(), e.toString());
        }
        assertTrue(!deployment.get("values_disputed").asBoolean());
    }

    @Test
    void theCasualtiesAndSeoulsCombatStatementStayOtherClaims() {
        JsonNode deployment = claimCarrying("re-deployed several to the frontline in Kursk");
        JsonNode casualties = claimCarrying("About 4,000 North Korean soldiers have been killed or wounded");
        JsonNode combat = claimCarrying("had not been engaged in combat since mid-January");
        assertTrue(!casualties.equals(deployment) && !combat.equals(deployment) && !combat.equals(casualties));
        assertEquals("[\"about 4,000\",\"1,000\"]", casualties.get("values").toString());
        assertTrue(casualties.get("values_disputed").asBoolean(), "two origins, figures a factor of four apart");
        assertTrue(casualties.get("credibility") == null && casualties.get("grade").get("credibility").asInt() >= 2);
        assertEquals(combat, claimCarrying("they had been withdrawn following heavy losses"));
        // Seoul and Ukraine agree, and the Kremlin's dismissal of reports that they were fighting backs them;
        // nobody opposes the statement that the soldiers were no longer fighting
        assertEquals(Set.of(), texts(combat, "content", "OPPOSES"));
        assertEquals(Set.of("reports that North Korean soldiers were fighting in Russia's Kursk region"),
                texts(combat, "content", "SUPPORTS").stream().filter(t -> t.startsWith("reports")).collect(
                        java.util.stream.Collectors.toSet()));
        assertEquals(3, combat.get("independent_origins").asInt());
        // three origins of middling reliability, one of them a party's self-interested denial, leave it probably
        // true (0.73), not confirmed: backed, not corroborated, and never graded as confirmed
        assertEquals("BACKED_NOT_CONFIRMED", combat.get("status").asText());
        assertEquals("backed by 3 independent origins, not confirmed", combat.get("status_meaning").asText());
        assertEquals(2, combat.get("grade").get("credibility").asInt(), combat.get("grade").toString());
        // the casualties: two origins at 0.74, below the 0.75 that confirms
        assertEquals("BACKED_NOT_CONFIRMED", casualties.get("status").asText());
    }

    @Test
    void aClaimIsCorroboratedExactlyWhenItIsGradedConfirmed() {
        for (JsonNode c : report.get("claims")) {
            boolean corroborated = c.get("status").asText().equals("CORROBORATED");
            int credibility = c.get("grade").get("credibility").asInt();
            if (corroborated) {
                assertTrue(credibility == 1 || credibility == 2 && c.get("values_disputed").asBoolean(), c.toString());
            }
            assertTrue(credibility != 1 || corroborated, c.toString());
        }
    }
}
