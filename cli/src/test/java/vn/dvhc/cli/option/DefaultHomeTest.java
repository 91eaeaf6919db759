package vn.dvhc.cli.option;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default home of issue 19.6: each variable set or not, on a Unix-like platform and on Windows. Columns: the
 * platform, DVHC_HOME, XDG_DATA_HOME, HOME, LOCALAPPDATA, the JVM's user.home, then the home expected (an empty
 * expectation: none can be found).
 */
class DefaultHomeTest {

    @ParameterizedTest(name = "{0}: DVHC_HOME={1} XDG_DATA_HOME={2} HOME={3} LOCALAPPDATA={4} user.home={5} → {6}")
    @CsvSource(nullValues = "-", value = {
            "unix,    /srv/dvhc, /x/data, /home/an, -,   /home/an, /srv/dvhc",
            // Relative to the command's folder, also when a warm process runs it in its own.
            "unix,    homes/ci,  /x/data, /home/an, -,   /home/an, /work/homes/ci",
            "unix,    -,         /x/data, /home/an, -,   /home/an, /x/data/dvhc",
            "unix,    '  ',      /x/data, /home/an, -,   /home/an, /x/data/dvhc",
            "unix,    -,         -,       /home/an, -,   /home/jvm, /home/an/.local/share/dvhc",
            "unix,    -,         '',      /home/an, -,   -,        /home/an/.local/share/dvhc",
            // The XDG specification: a relative XDG_DATA_HOME is invalid and ignored.
            "unix,    -,         data,    /home/an, -,   -,        /home/an/.local/share/dvhc",
            "unix,    -,         -,       -,        -,   /home/jvm, /home/jvm/.local/share/dvhc",
            "unix,    -,         -,       -,        -,   -,        -",
            "windows, -,         -,       -,        C:\\Users\\an\\AppData\\Local, C:\\Users\\an, C:\\Users\\an\\AppData\\Local|dvhc",
            "windows, D:\\dvhc,  -,       -,        C:\\Users\\an\\AppData\\Local, C:\\Users\\an, D:\\dvhc",
            "windows, -,         -,       -,        -,   C:\\Users\\an, C:\\Users\\an|AppData|Local|dvhc",
            // HOME of a Unix-like shell on Windows (Git Bash) is not where Windows keeps application data.
            "windows, -,         -,       /c/Users/an, -, C:\\Users\\an, C:\\Users\\an|AppData|Local|dvhc",
            "windows, -,         -,       -,        -,   -,        -"})
    void resolves(String platform, String dvhcHome, String xdg, String home, String localAppData, String userHome,
                  String expected) {
        Map<String, String> variables = new HashMap<>();
        put(variables, "DVHC_HOME", dvhcHome);
        put(variables, "XDG_DATA_HOME", xdg);
        put(variables, "HOME", home);
        put(variables, "LOCALAPPDATA", localAppData);
        Environment environment = new Environment(variables, Path.of("/work"), false, platform.equals("windows"),
                userHome == null ? null : Path.of(userHome));
        // '|' separates path elements, so that the expectation holds on the platform the test runs on.
        assertThat(DefaultHome.of(environment)).isEqualTo(expected == null ? java.util.Optional.empty()
                : java.util.Optional.of(Path.of("", expected.split("\\|"))));
    }

    private static void put(Map<String, String> variables, String name, String value) {
        if (value != null) {
            variables.put(name, value);
        }
    }

    @ParameterizedTest
    @CsvSource({"--home, /a/b", "--home=/a/b, "})
    void theConfigurationFileFollowsHomeInTheArguments(String option, String value) {
        String[] args = value == null ? new String[]{"reference", option, "list"}
                : new String[]{"reference", option, value, "list"};
        Environment environment = new Environment(Map.of("XDG_DATA_HOME", "/x/data"), Path.of("/work"), false);
        assertThat(ConfigDefaults.home(args, environment)).contains(Path.of("/a/b"));
        assertThat(ConfigDefaults.home(new String[]{"reference", "list"}, environment)).contains(Path.of("/x/data/dvhc"));
    }
}
