"""Magento's SOAP API driven by zeep (a third-party SOAP client from PyPI): zeep reads each WSDL
and builds typed calls from it, so these tests fail if the WSDL, the request binding or the
answers stray from what the WSDL declares. lxml's XMLSchema, a stricter consumer, then compiles
the WSDL's schema and validates a raw answer against it."""
import sys

import requests
import zeep
from lxml import etree
from zeep.exceptions import Fault
from zeep.transports import Transport

from support import BASE_URL, TOKEN, run_tests

SERVICES = {
    "catalog": "catalogProductRepositoryV1",
    "customers": "customerCustomerRepositoryV1",
    "orders": "salesOrderRepositoryV1",
    "directory": "directoryCountryInformationAcquirerV1",
}
XSD = "http://www.w3.org/2001/XMLSchema"
WSDL = "http://schemas.xmlsoap.org/wsdl/"


def authorized_session() -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {TOKEN}"
    return session


def soap_client(service: str, session: requests.Session | None = None) -> zeep.Client:
    # The WSDL itself is ACL-filtered, so zeep fetches it with the token too.
    return zeep.Client(f"{BASE_URL}/soap/default?wsdl&services={service}", transport=Transport(session=session or authorized_session()))


CATALOG = soap_client(SERVICES["catalog"])


def test_wsdls_load_with_magento_naming():
    expected = {"catalog": "Get", "customers": "GetById", "orders": "Get", "directory": "GetCountryInfo"}
    for area, service in SERVICES.items():
        client = soap_client(service)
        endpoint = f"{BASE_URL}/soap/default?services={service}"
        port = client.wsdl.services[f"{service}Service"].ports[f"{service}Port"]
        assert port.binding_options["address"] == endpoint, port.binding_options
        operations = port.binding._operations
        assert f"{service}{expected[area]}" in operations, sorted(operations)
        for name, operation in operations.items():
            assert operation.soapaction == name
            assert operation.input.body.qname.localname == f"{name}Request"
            assert operation.output.body.qname.localname == f"{name}Response"
            # The target namespace is the endpoint URL; the wrapper's children are unqualified.
            request = client.get_element(f"{{{endpoint}}}{name}Request")
            assert all(child.qname.namespace is None for _, child in request.type.elements), name


def test_get_a_product():
    first = CATALOG.service.catalogProductRepositoryV1GetList(searchCriteria={"pageSize": 1})
    sku = first.items.item[0].sku
    product = CATALOG.service.catalogProductRepositoryV1Get(sku=sku)
    rest = requests.get(f"{BASE_URL}/rest/default/V1/products/{sku}", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert product.sku == sku
    assert product.attributeSetId == rest["attribute_set_id"]
    assert abs(float(product.price) - float(rest["price"])) < 0.001
    assert product.extensionAttributes.stockItem.isInStock == rest["extension_attributes"]["stock_item"]["is_in_stock"]


def test_search_products():
    criteria = {
        "filterGroups": {"item": [{"filters": {"item": [{"field": "price", "value": "0", "conditionType": "gt"}]}}]},
        "sortOrders": {"item": [{"field": "price", "direction": "DESC"}]},
        "pageSize": 5,
        "currentPage": 1,
    }
    found = CATALOG.service.catalogProductRepositoryV1GetList(searchCriteria=criteria)
    prices = [float(item.price) for item in found.items.item]
    assert found.totalCount >= len(prices) > 0
    assert prices == sorted(prices, reverse=True), prices
    assert found.searchCriteria.pageSize == 5


def test_create_and_delete_a_product():
    product = {
        "sku": "ZEEP-1", "name": "Made by zeep", "attributeSetId": 4, "price": 19.5, "typeId": "simple",
        "extensionAttributes": {"stockItem": {"qty": 4, "isInStock": True}},
    }
    saved = CATALOG.service.catalogProductRepositoryV1Save(product=product)
    assert saved.sku == "ZEEP-1" and saved.name == "Made by zeep"
    assert CATALOG.service.catalogProductRepositoryV1Get(sku="ZEEP-1").extensionAttributes.stockItem.qty == 4
    assert CATALOG.service.catalogProductRepositoryV1DeleteById(sku="ZEEP-1") is True
    try:
        CATALOG.service.catalogProductRepositoryV1Get(sku="ZEEP-1")
        raise AssertionError("the deleted product was still found")
    except Fault as fault:
        assert "doesn't exist" in fault.message


def test_read_an_order():
    orders = soap_client(SERVICES["orders"])
    listed = orders.service.salesOrderRepositoryV1GetList(searchCriteria={"pageSize": 1})
    assert listed.totalCount > 0, "the demo data holds orders"
    entity_id = listed.items.item[0].entityId
    order = orders.service.salesOrderRepositoryV1Get(id=entity_id)
    assert order.entityId == entity_id
    assert order.incrementId == listed.items.item[0].incrementId
    assert len(order.items.item) > 0 and order.items.item[0].sku


def test_unknown_sku_is_a_sender_fault_with_rest_message():
    rest = requests.get(f"{BASE_URL}/rest/default/V1/products/NO-SUCH-SKU", headers={"Authorization": f"Bearer {TOKEN}"})
    try:
        CATALOG.service.catalogProductRepositoryV1Get(sku="NO-SUCH-SKU")
        raise AssertionError("no fault")
    except Fault as fault:
        assert fault.code == "env:Sender", fault.code
        assert fault.message == rest.json()["message"]
        assert fault.detail is None  # no parameters: Magento sends no detail either


def test_missing_token_is_an_authorization_fault():
    session = authorized_session()
    client = soap_client(SERVICES["catalog"], session)
    del session.headers["Authorization"]
    try:
        client.service.catalogProductRepositoryV1Get(sku="ANY")
        raise AssertionError("no fault")
    except Fault as fault:
        assert fault.code == "env:Sender"
        assert fault.message == "The consumer isn't authorized to access %resources."
        generic = fault.detail[0]
        assert etree.QName(generic).localname == "GenericFault"
        pairs = {item.findtext("key"): item.findtext("value") for item in generic.iter("item")}
        assert pairs == {"resources": "Magento_Catalog::products"}, pairs


def test_strict_schema_validates_an_answer():
    service = SERVICES["catalog"]
    session = authorized_session()
    wsdl = etree.fromstring(session.get(f"{BASE_URL}/soap/default?wsdl&services={service}").content)
    schema = etree.XMLSchema(wsdl.find(f"{{{WSDL}}}types/{{{XSD}}}schema"))
    namespace = f"{BASE_URL}/soap/default?services={service}"
    envelope = (
        '<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:m="' + namespace + '"><env:Body>'
        '<m:catalogProductRepositoryV1GetListRequest><searchCriteria><pageSize>3</pageSize></searchCriteria>'
        "</m:catalogProductRepositoryV1GetListRequest></env:Body></env:Envelope>"
    )
    reply = session.post(f"{BASE_URL}/soap/default?services={service}", data=envelope, headers={"Content-Type": "application/soap+xml"})
    payload = etree.fromstring(reply.content).find("{http://www.w3.org/2003/05/soap-envelope}Body")[0]
    schema.assertValid(payload)
    assert len(payload.find("result/items")) == 3


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
