import MagentoWire
import Testing

@Suite struct PHPQueryTests {
    @Test func plainPairsBecomeStringMembersInOrder() {
        #expect(PHPQuery.parse("b=2&a=1") == ["b": "2", "a": "1"])
    }

    @Test func plusIsASpaceAndPercentEscapesAreDecoded() {
        #expect(PHPQuery.parse("q=a+b%20c%2Bd%C3%A9") == ["q": "a b c+dé"])
    }

    @Test func aPercentWithoutTwoHexDigitsStaysLiteral() {
        #expect(PHPQuery.parse("v=WSH%&w=%zz%4&x=50%25") == ["v": "WSH%", "w": "%zz%4", "x": "50%"])
    }

    @Test func aKeyWithoutEqualsHasAnEmptyValue() {
        #expect(PHPQuery.parse("searchCriteria") == ["searchCriteria": ""])
    }

    @Test func onlyTheFirstEqualsSplitsKeyFromValue() {
        #expect(PHPQuery.parse("a=b=c") == ["a": "b=c"])
    }

    @Test func emptyPairsAreSkipped() {
        #expect(PHPQuery.parse("&&a=1&&") == ["a": "1"])
    }

    @Test func emptyNamesAreSkipped() {
        #expect(PHPQuery.parse("=x&[a]=1&b=2") == ["b": "2"])
    }

    @Test func bracketsBuildNestedObjects() {
        #expect(PHPQuery.parse("a[b][c]=1&a[b][d]=2") == ["a": ["b": ["c": "1", "d": "2"]]])
    }

    @Test func percentEncodedBracketsWorkLikeRawOnes() {
        #expect(PHPQuery.parse("searchCriteria%5BpageSize%5D=5") == ["searchCriteria": ["pageSize": "5"]])
    }

    @Test func emptyBracketsAppendFromZero() {
        #expect(PHPQuery.parse("a[]=x&a[]=y") == ["a": ["0": "x", "1": "y"]])
    }

    @Test func emptyBracketsAppendAfterTheLargestIndex() {
        #expect(PHPQuery.parse("a[5]=x&a[2]=y&a[]=z") == ["a": ["5": "x", "2": "y", "6": "z"]])
    }

    @Test func nonCanonicalNumbersDoNotMoveTheAppendIndex() {
        #expect(PHPQuery.parse("a[07]=x&a[]=y") == ["a": ["07": "x", "0": "y"]])
    }

    @Test func sparseIndicesAreKeptAsSent() {
        #expect(PHPQuery.parse("a[0]=x&a[2]=y") == ["a": ["0": "x", "2": "y"]])
    }

    @Test func aRepeatedKeyOverwritesInPlace() {
        #expect(PHPQuery.parse("a=1&b=2&a=3").keys == ["a", "b"])
        #expect(PHPQuery.parse("a=1&b=2&a=3")["a"] == "3")
    }

    @Test func descendingIntoAStringReplacesItWithAnObject() {
        #expect(PHPQuery.parse("a=1&b=2&a[x]=3") == ["a": ["x": "3"], "b": "2"])
    }

    @Test func aPlainValueReplacesAnEarlierObject() {
        #expect(PHPQuery.parse("a[x]=1&a=2") == ["a": "2"])
    }

    @Test func dotsAndSpacesInTheBaseNameBecomeUnderscores() {
        #expect(PHPQuery.parse("a.b=1&c+d=2") == ["a_b": "1", "c_d": "2"])
    }

    @Test func dotsAndSpacesInsideBracketsAreKept() {
        #expect(PHPQuery.parse("a[b.c d]=1") == ["a": ["b.c d": "1"]])
    }

    @Test func leadingSpacesInTheNameAreDropped() {
        #expect(PHPQuery.parse("++a=1") == ["a": "1"])
    }

    @Test func anUnclosedFirstBracketBecomesAnUnderscore() {
        #expect(PHPQuery.parse("a[b=1&c[d.e[f=2") == ["a_b": "1", "c_d_e_f": "2"])
    }

    @Test func anUnclosedLaterBracketIsIgnored() {
        #expect(PHPQuery.parse("a[x][b=1") == ["a": ["x": "1"]])
    }

    @Test func textAfterAClosingBracketIsIgnored() {
        #expect(PHPQuery.parse("a[b]c[d]=1") == ["a": ["b": "1"]])
    }

    @Test func aDecodedNulEndsTheName() {
        #expect(PHPQuery.parse("ab%00cd=1") == ["ab": "1"])
    }

    @Test func sixtyFourLevelsOfBracketsAreKept() {
        let key = "a" + String(repeating: "[x]", count: 64)
        #expect(PHPQuery.parse("\(key)=1").keys == ["a"])
    }

    @Test func deeperNestingDropsTheVariable() {
        let key = "a" + String(repeating: "[x]", count: 65)
        #expect(PHPQuery.parse("\(key)=1&b=2") == ["b": "2"])
    }

    @Test func substringsAreAccepted() {
        let url = "/V1/products?x=1"
        #expect(PHPQuery.parse(url.split(separator: "?")[1]) == ["x": "1"])
    }
}
