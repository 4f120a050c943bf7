import MagpieServer
import Testing

@Suite("Server configuration")
struct ServerConfigurationTests {
    @Test("defaults are loopback, 8080 and the embedded SQLite file")
    func defaults() {
        let configuration = ServerConfiguration.fromEnvironment([:])
        #expect(configuration == ServerConfiguration())
        #expect(configuration.host == "127.0.0.1")
        #expect(configuration.port == 8080)
        #expect(configuration.database == "./magpie.sqlite")
        #expect(configuration.adminUser == "admin")
        #expect(configuration.adminTokenLifetimeMinutes == 240)
    }

    @Test("MAGPIE_* variables override the defaults")
    func environment() {
        let configuration = ServerConfiguration.fromEnvironment([
            "MAGPIE_HOST": "::1", "MAGPIE_PORT": "9000", "MAGPIE_DATABASE": "postgres://u:p@127.0.0.1/db",
            "MAGPIE_ADMIN_USER": "root", "MAGPIE_ADMIN_PASSWORD": "pw", "MAGPIE_ADMIN_TOKEN_LIFETIME": "15",
        ])
        #expect(configuration.host == "::1")
        #expect(configuration.port == 9000)
        #expect(configuration.database == "postgres://u:p@127.0.0.1/db")
        #expect(configuration.adminUser == "root")
        #expect(configuration.adminPassword == "pw")
        #expect(configuration.adminTokenLifetimeMinutes == 15)
        #expect(configuration.baseURL(boundPort: 9001) == "http://[::1]:9001/")
    }

    @Test("a public URL wins over host and port and always ends in a slash")
    func publicURL() {
        var configuration = ServerConfiguration()
        configuration.publicURL = "https://shop.example.com"
        #expect(configuration.baseURL(boundPort: 1) == "https://shop.example.com/")
    }
}
