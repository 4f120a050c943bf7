import CommerceDomain

/// The customer account: the customer, addresses, tokens and password operations.
enum CustomerAccountSchema {
    static let sdl = """
    extend type Query {
      customer: Customer
      isEmailAvailable(email: String!): IsEmailAvailableOutput
      customerOrders: CustomerOrders @deprecated(reason: "Use the `customer` query instead.")
    }

    extend type Mutation {
      generateCustomerToken(email: String!, password: String!): CustomerToken
      revokeCustomerToken: RevokeCustomerTokenOutput
      createCustomer(input: CustomerInput!): CustomerOutput @deprecated(reason: "Use `createCustomerV2` instead.")
      createCustomerV2(input: CustomerCreateInput!): CustomerOutput
      updateCustomer(input: CustomerInput!): CustomerOutput @deprecated(reason: "Use `updateCustomerV2` instead.")
      updateCustomerV2(input: CustomerUpdateInput!): CustomerOutput
      changeCustomerPassword(currentPassword: String!, newPassword: String!): Customer
      requestPasswordResetEmail(email: String!): Boolean
      resetPassword(email: String!, resetPasswordToken: String!, newPassword: String!): Boolean
      createCustomerAddress(input: CustomerAddressInput!): CustomerAddress
      updateCustomerAddress(id: Int, input: CustomerAddressInput): CustomerAddress
      deleteCustomerAddress(id: Int): Boolean
    }

    type CustomerToken {
      token: String
    }

    type RevokeCustomerTokenOutput {
      result: Boolean!
    }

    type IsEmailAvailableOutput {
      is_email_available: Boolean
    }

    type CustomerOutput {
      customer: Customer!
    }

    input CustomerInput {
      prefix: String
      firstname: String
      middlename: String
      lastname: String
      suffix: String
      email: String
      dob: String @deprecated(reason: "Use `date_of_birth` instead.")
      date_of_birth: String
      taxvat: String
      gender: Int
      password: String
      is_subscribed: Boolean
    }

    input CustomerCreateInput {
      allow_remote_shopping_assistance: Boolean
      prefix: String
      firstname: String!
      middlename: String
      lastname: String!
      suffix: String
      email: String!
      dob: String @deprecated(reason: "Use `date_of_birth` instead.")
      date_of_birth: String
      taxvat: String
      gender: Int
      password: String
      is_subscribed: Boolean
    }

    input CustomerUpdateInput {
      allow_remote_shopping_assistance: Boolean
      date_of_birth: String
      dob: String @deprecated(reason: "Use `date_of_birth` instead.")
      firstname: String
      gender: Int
      is_subscribed: Boolean
      lastname: String
      middlename: String
      prefix: String
      suffix: String
      taxvat: String
    }

    type Customer {
      id: Int @deprecated(reason: "`id` is not needed as part of `Customer`, because on the server side, it can be identified based on the customer token used for authentication. There is no need to know customer ID on the client side.")
      group_id: Int @deprecated(reason: "Customer group should not be exposed in the storefront scenarios.")
      created_at: String
      prefix: String
      firstname: String
      middlename: String
      lastname: String
      suffix: String
      email: String
      default_billing: String
      default_shipping: String
      dob: String @deprecated(reason: "Use `date_of_birth` instead.")
      date_of_birth: String
      taxvat: String
      gender: Int
      is_subscribed: Boolean
      allow_remote_shopping_assistance: Boolean!
      confirmation_status: ConfirmationStatusEnum!
      addresses: [CustomerAddress]
      orders(filter: CustomerOrdersFilterInput, currentPage: Int = 1, pageSize: Int = 20, sort: CustomerOrderSortInput, scope: ScopeTypeEnum): CustomerOrders
    }

    enum ConfirmationStatusEnum {
      ACCOUNT_CONFIRMED
      ACCOUNT_CONFIRMATION_NOT_REQUIRED
    }

    type CustomerAddress {
      id: Int
      customer_id: Int @deprecated(reason: "`customer_id` is not needed as part of `CustomerAddress`. The `id` is a unique identifier for the addresses.")
      region: CustomerAddressRegion
      region_id: Int
      country_id: String @deprecated(reason: "Use `country_code` instead.")
      country_code: CountryCodeEnum
      street: [String]
      company: String
      telephone: String
      fax: String
      postcode: String
      city: String
      firstname: String
      lastname: String
      middlename: String
      prefix: String
      suffix: String
      vat_id: String
      default_shipping: Boolean
      default_billing: Boolean
    }

    type CustomerAddressRegion {
      region_code: String
      region: String
      region_id: Int
    }

    input CustomerAddressInput {
      firstname: String
      lastname: String
      company: String
      telephone: String
      street: [String]
      city: String
      region: CustomerAddressRegionInput
      postcode: String
      country_id: CountryCodeEnum @deprecated(reason: "Use `country_code` instead.")
      country_code: CountryCodeEnum
      default_shipping: Boolean
      default_billing: Boolean
      fax: String
      middlename: String
      prefix: String
      suffix: String
      vat_id: String
    }

    input CustomerAddressRegionInput {
      region_code: String
      region: String
      region_id: Int
    }
    """

    /// Magento's `CountryCodeEnum`: every two-letter code of the country directory.
    static var countryCodes: String {
        let codes = CountryDirectory().countries(locale: "en_US").map(\.id)
        return "enum CountryCodeEnum {\n" + codes.map { "  \($0)\n" }.joined() + "}\n"
    }
}
