import Foundation
import MagentoWire
import Testing

@Suite struct ErrorBodyTests {
    @Test func requiredNamesTheFieldAsANamedParameter() throws {
        let body = BindingError.required(fieldName: "searchCriteria").errorBody
        #expect(try encodedText(body)
            == #"{"message":"\"%fieldName\" is required. Enter and try again.","parameters":{"fieldName":"searchCriteria"}}"#)
    }

    @Test func requiredRendersAsMagentoWordsIt() {
        #expect(BindingError.required(fieldName: "username").errorBody.renderedMessage
            == #""username" is required. Enter and try again."#)
    }

    @Test func notSupportedNamesTheFieldAsANamedParameter() throws {
        let body = BindingError.notSupported(fieldName: "FooBar").errorBody
        #expect(try encodedText(body)
            == #"{"message":"\"%fieldName\" is not supported. Correct the field name and try again.","parameters":{"fieldName":"FooBar"}}"#)
    }

    @Test func invalidTypeNamesTheValueAndTheType() throws {
        let body = BindingError.invalidType(value: "abc", type: "int").errorBody
        #expect(try encodedText(body)
            == #"{"message":"The \"%value\" value's type is invalid. The \"%type\" type was expected. Verify and try again.","parameters":{"value":"abc","type":"int"}}"#)
    }

    @Test func invalidTypeRendersAsMagentoWordsIt() {
        #expect(BindingError.invalidType(value: "abc", type: "int").errorBody.renderedMessage
            == #"The "abc" value's type is invalid. The "int" type was expected. Verify and try again."#)
    }

    @Test func notAllParametersValidHasNoParameters() throws {
        #expect(try encodedText(BindingError.notAllParametersValid.errorBody) == #"{"message":"Not all parameters valid."}"#)
    }

    /// Magento_TwoFactorAuth's refusals carry lists: `{"active_providers": ["google"]}`.
    @Test func listParametersKeepTheirShapeBothWays() throws {
        let body = ErrorBody(
            message: "Please use the 2fa provider-specific endpoints to obtain a token.",
            parameters: .named([.init("active_providers", list: ["google"])])
        )
        let text = try encodedText(body)
        #expect(text == #"{"message":"Please use the 2fa provider-specific endpoints to obtain a token.","parameters":{"active_providers":["google"]}}"#)
        let decoded = try JSONDecoder().decode(ErrorBody.self, from: Data(text.utf8))
        #expect(decoded == body)
    }
}
