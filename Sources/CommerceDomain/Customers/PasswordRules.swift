import Foundation
/// Magento's customer password policy with its default settings: 8 to 256 characters, no
/// surrounding spaces, three of the four character classes, and not the account's email.
public enum PasswordRules {
    public static let minimumLength = 8
    public static let maximumLength = 256
    public static let requiredClasses = 3

    public static func check(_ password: String, email: String?) throws {
        if let email, password.lowercased() == email.lowercased() {
            throw CommerceError.invalidInput(
                message: "The password can't be the same as the email address. Create a new password and try again."
            )
        }
        if password.count > maximumLength {
            throw CommerceError.invalidInput(message: "Please enter a password with at most %1 characters.", parameters: [String(maximumLength)])
        }
        if password.count < minimumLength {
            throw CommerceError.invalidInput(
                message: "The password needs at least %1 characters. Create a new password and try again.",
                parameters: [String(minimumLength)]
            )
        }
        if password.trimmingCharacters(in: .whitespaces) != password {
            throw CommerceError.invalidInput(message: "The password can't begin or end with a space. Verify the password and try again.")
        }
        if characterClasses(in: password) < requiredClasses {
            throw CommerceError.invalidInput(
                message: "Minimum of different classes of characters in password is %1. Classes of characters: Lower Case, Upper Case, Digits, Special Characters.",
                parameters: [String(requiredClasses)]
            )
        }
    }

    static func characterClasses(in password: String) -> Int {
        var digits = false, upper = false, lower = false, other = false
        for scalar in password.unicodeScalars {
            switch scalar {
            case "0"..."9": digits = true
            case "A"..."Z": upper = true
            case "a"..."z": lower = true
            default: other = true
            }
        }
        return [digits, upper, lower, other].filter { $0 }.count
    }
}
