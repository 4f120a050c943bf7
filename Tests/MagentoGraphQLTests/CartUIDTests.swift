import Foundation
import MagentoGraphQL
import Testing

/// The uids storefronts send back for cart lines and chosen options.
struct CartUIDTests {
    @Test func aLineUidIsBase64OfItsId() {
        #expect(CartUID.item(12241) == "MTIyNDE=")
        #expect(CartUID.itemId("MTIyNDE=") == 12241)
        #expect(CartUID.itemId("not base64!") == nil)
    }

    @Test func configurableCustomOptionAndBundleUidsAreRead() {
        #expect(CartUID.choice(CartUID.encode("configurable/93/53")) == .configurable(attributeId: 93, valueIndex: "53"))
        #expect(CartUID.choice(CartUID.encode("custom-option/4/17")) == .customOption(optionId: 4, valueId: "17"))
        #expect(CartUID.choice(CartUID.encode("custom-option/4")) == .customOption(optionId: 4, valueId: nil))
        #expect(CartUID.choice(CartUID.encode("bundle/1/2/3")) == .bundle(optionId: 1, selectionId: 2, quantity: 3))
        #expect(CartUID.choice(CartUID.encode("bundle/1/2")) == nil)
        #expect(CartUID.choice(CartUID.encode("configurable/x/53")) == nil)
    }
}
