import OAuth1
import Testing

@Suite("OAuth 1.0a against published and third-party vectors")
struct OAuthVectorTests {
    static let photosParameters = [
        ("oauth_consumer_key", "dpf43f3p2l4k3l03"), ("oauth_token", "nnch734d00sl2jdk"),
        ("oauth_signature_method", "HMAC-SHA1"), ("oauth_timestamp", "1191242096"),
        ("oauth_nonce", "kllo9940pd9333jh"), ("oauth_version", "1.0"),
    ]

    @Test("OAuth Core 1.0 Appendix A: the base string and HMAC-SHA1 signature")
    func coreAppendixA() throws {
        let base = try #require(OAuthSignatureBase.make(
            method: "GET", url: "http://photos.example.net/photos?file=vacation.jpg&size=original",
            protocolParameters: Self.photosParameters
        ))
        #expect(base == "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1191242096%26oauth_token%3Dnnch734d00sl2jdk%26oauth_version%3D1.0%26size%3Doriginal")
        #expect(OAuthSignatureMethod.hmacSHA1.sign(base, consumerSecret: "kd94hf93k423kf44", tokenSecret: "pfkkdhi9sl3r4s00") == "tR3+Ty81lMeYAr/Fid0kMTYa/WM=")
    }

    @Test("RFC 5849 §1.2: the photos request signs to MdpQcU8i…")
    func rfc5849Photos() throws {
        let base = try #require(OAuthSignatureBase.make(
            method: "GET", url: "http://photos.example.net/photos?file=vacation.jpg&size=original",
            protocolParameters: [
                ("oauth_consumer_key", "dpf43f3p2l4k3l03"), ("oauth_token", "nnch734d00sl2jdk"),
                ("oauth_signature_method", "HMAC-SHA1"), ("oauth_timestamp", "137131202"), ("oauth_nonce", "chapoH"),
            ]
        ))
        #expect(OAuthSignatureMethod.hmacSHA1.sign(base, consumerSecret: "kd94hf93k423kf44", tokenSecret: "pfkkdhi9sl3r4s00") == "MdpQcU8iPSUjWoN/UDMsK2sui9I=")
    }

    @Test("RFC 5849 §3.4.1: query, header and form parameters, with encoded and repeated names")
    func rfc5849BaseString() throws {
        let base = try #require(OAuthSignatureBase.make(
            method: "post", url: "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b",
            protocolParameters: [
                ("oauth_consumer_key", "9djdj82h48djs9d2"), ("oauth_token", "kkk9d7dh3k39sjv7"),
                ("oauth_signature_method", "HMAC-SHA1"), ("oauth_timestamp", "137131201"), ("oauth_nonce", "7d8f3e4a"),
            ],
            formParameters: OAuthSignatureBase.formPairs("c2&a3=2+q")
        ))
        #expect(base == "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7")
    }

    /// Made with Python's oauthlib 3 (`Client(...).sign(url, http_method="GET")`).
    static let oauthlibHeader = #"OAuth oauth_nonce="abc123", oauth_timestamp="1700000000", oauth_version="1.0", oauth_signature_method="HMAC-SHA256", oauth_consumer_key="ck", oauth_token="tk", oauth_signature="UacF7ZJyVfMFAJ5eFTJ8DsSzBht8dUAPVIdfNRZtTAY%3D""#
    static let oauthlibURL = "http://127.0.0.1:8080/rest/V1/products?searchCriteria%5BpageSize%5D=5&a=b%20c"

    @Test("a header signed by oauthlib (HMAC-SHA256) verifies")
    func oauthlibVerifies() throws {
        let parameters = try #require(OAuthAuthorizationHeader.parse(Self.oauthlibHeader))
        #expect(OAuthRequestSigner.verify(httpMethod: "GET", url: Self.oauthlibURL, parameters: parameters, consumerSecret: "cs", tokenSecret: "ts"))
    }

    @Test("our signer produces oauthlib's signature for the same request")
    func signerMatchesOauthlib() throws {
        let signer = OAuthRequestSigner(consumerKey: "ck", consumerSecret: "cs", token: "tk", tokenSecret: "ts")
        let header = try #require(signer.authorization(httpMethod: "GET", url: Self.oauthlibURL, timestamp: "1700000000", nonce: "abc123"))
        let parameters = try #require(OAuthAuthorizationHeader.parse(header))
        #expect(parameters.first { $0.0 == "oauth_signature" }?.1 == "UacF7ZJyVfMFAJ5eFTJ8DsSzBht8dUAPVIdfNRZtTAY=")
    }

    @Test("a changed URL, a wrong secret or an unknown method fails verification")
    func tampering() throws {
        let parameters = try #require(OAuthAuthorizationHeader.parse(Self.oauthlibHeader))
        #expect(!OAuthRequestSigner.verify(httpMethod: "GET", url: Self.oauthlibURL + "&x=1", parameters: parameters, consumerSecret: "cs", tokenSecret: "ts"))
        #expect(!OAuthRequestSigner.verify(httpMethod: "GET", url: Self.oauthlibURL, parameters: parameters, consumerSecret: "cs", tokenSecret: "other"))
        #expect(!OAuthRequestSigner.verify(httpMethod: "POST", url: Self.oauthlibURL, parameters: parameters, consumerSecret: "cs", tokenSecret: "ts"))
        let plaintext = parameters.map { $0.0 == "oauth_signature_method" ? ($0.0, "PLAINTEXT") : $0 }
        #expect(!OAuthRequestSigner.verify(httpMethod: "GET", url: Self.oauthlibURL, parameters: plaintext, consumerSecret: "cs", tokenSecret: "ts"))
    }

    @Test("percent-encoding follows RFC 3986's unreserved set over UTF-8", arguments: [
        ("Ladies + Gentlemen", "Ladies%20%2B%20Gentlemen"), ("An encoded string!", "An%20encoded%20string%21"),
        ("Dogs, Cats & Mice", "Dogs%2C%20Cats%20%26%20Mice"), ("☃", "%E2%98%83"), ("-._~", "-._~"),
    ])
    func percentEncoding(input: String, expected: String) {
        #expect(OAuthPercentEncoding.encode(input) == expected)
    }

    @Test("default ports are dropped and scheme and host lower-cased in the base URI")
    func baseURI() {
        #expect(OAuthSignatureBase.baseStringURI("HTTP://Example.COM:80/r%20v/X?id=123") == "http://example.com/r%20v/X")
        #expect(OAuthSignatureBase.baseStringURI("https://www.example.net:8080/?q=1") == "https://www.example.net:8080/")
    }

    @Test("the Authorization header round-trips through render and parse")
    func headerRoundTrip() throws {
        let pairs = [("realm", "Example"), ("oauth_consumer_key", "a b"), ("oauth_signature", "x+y/z=")]
        let parsed = try #require(OAuthAuthorizationHeader.parse(OAuthAuthorizationHeader.render(pairs)))
        #expect(parsed.map(\.0) == pairs.map(\.0))
        #expect(parsed.map(\.1) == pairs.map(\.1))
        #expect(OAuthAuthorizationHeader.parse("Bearer abc") == nil)
    }
}
