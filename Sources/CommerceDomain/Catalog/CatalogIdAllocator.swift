import MagentoWire

/// Hands out the ids that live inside a product document (custom options and their values,
/// media entries). The repository loads the counters, lets a change draw from them, and stores
/// them back in the same transaction, so ids stay unique across the catalog.
public struct CatalogIdAllocator: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case option
        case optionValue = "option_value"
        case media
        case configurableOption = "configurable_option"
        case downloadableLink = "downloadable_link"
        case downloadableSample = "downloadable_sample"
    }

    public private(set) var last: [Kind: Int]

    public init(last: [Kind: Int]) {
        self.last = last
    }

    public mutating func next(_ kind: Kind) -> Int {
        let id = (last[kind] ?? 0) + 1
        last[kind] = id
        return id
    }

    /// Gives ids to the options, option values and media entries that have none.
    public mutating func assignMissingIds(_ product: inout Product) {
        if var options = product.options {
            for index in options.indices {
                if options[index].optionId == nil { options[index].optionId = next(.option) }
                options[index].productSku = product.sku
                if var values = options[index].values {
                    for valueIndex in values.indices where values[valueIndex].optionTypeId == nil {
                        values[valueIndex].optionTypeId = next(.optionValue)
                    }
                    options[index].values = values
                }
            }
            product.options = options
        }
        if var configurable = product.extensionAttributes?.configurableProductOptions {
            for index in configurable.indices where configurable[index].id == nil {
                configurable[index].id = next(.configurableOption)
            }
            product.extensionAttributes?.configurableProductOptions = configurable
        }
        if var links = product.extensionAttributes?.downloadableProductLinks {
            for index in links.indices where links[index].id == nil {
                links[index].id = next(.downloadableLink)
            }
            product.extensionAttributes?.downloadableProductLinks = links
        }
        if var samples = product.extensionAttributes?.downloadableProductSamples {
            for index in samples.indices where samples[index].id == nil {
                samples[index].id = next(.downloadableSample)
            }
            product.extensionAttributes?.downloadableProductSamples = samples
        }
        if var entries = product.mediaGalleryEntries {
            for index in entries.indices where entries[index].id == nil {
                entries[index].id = next(.media)
            }
            product.mediaGalleryEntries = entries
        }
    }
}
