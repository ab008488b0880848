"""Build the thirty-sixth blind set for the patient-identifier scrubber and its two halves.

Sources nobody here had used: the customers' names, street addresses, postcodes, towns and phones
written into the test fixtures and acceptance scenarios of three e-commerce platforms. Sylius/Sylius
(MIT): lines of its Behat features/ that give a customer's shipping, billing or address-book
address ("I specify the billing address as "Brooklyn", "9036 Country Club Ave.", "11230",
"United States" for "John Doe""), plus product, channel and tax lines without any identifier.
saleor/saleor (BSD-3-Clause): the keyword and dict blocks of its tests that build an ``Address``
(Polish, Japanese, Irish, Swiss, Icelandic and US addresses with names and phones), and the field
labels of saleor/account/i18n.py (no identifier). solidusio/solidus (BSD-3-Clause): address hash
literals of its specs (US and Brazilian addresses with names and phones). Each
snippet is held below with its spans marked inline as ``{T|text}``: N (PATIENT-NAME), P (PHONE),
A (ADDRESS), E (EMAIL) and the kept type I (IGNORE) (bench/blind_phi_marks.py), labelled by role as
BLIND36-phi.md says. The script strips the marks, computes the offsets, validates every row and
splits the set by document. The platforms reuse stock customers and addresses ("Jon Snow",
"Frost Alley", "Tęczowa 7") across unrelated test files, so each file is a unit of its own
(``untied``); the units are taken in the order of a SHA-1 hash of their key, and each goes to the
half holding fewer snippets of its source so far. Never runs a detector and imports nothing from
prepcli.

    python bench/blind36_phi_build.py                 # write bench/phi_blind36_dev.jsonl + _held.jsonl
    python bench/blind36_phi_build.py --whole PATH    # also write the whole set to PATH
    python bench/blind36_phi_build.py --check         # validate the written halves only

Selection. Sylius: every distinct line of features/**/*.feature holding "address" and a list of
two or more quoted values (99 lines); the stock "Jon Snow" / "Ankh Morpork" lines cut to six and
the "Seaside Fwy" lines to eight; plus 34 product, channel, tax and shipping lines taken at a fixed
stride (every 53rd distinct such line, none naming a person). saleor: every ``Address(...)``,
``Address.objects.create(...)`` call and dict literal of saleor/ with ``first_name`` or
``street_address_1`` and two or more string values, repeats dropped (26). solidus: six address
hash literals of its api/, backend/ and core/ specs with a name, ``address1`` and a phone (hash
braces left outside the snippet). Quoted values were pre-marked by field
name (saleor, solidus) or by a list of the features' customer names (Sylius) as a drafting aid and
every snippet then read by hand. A row's ``row`` names the 1-based line where the line or block
starts in ``git show <commit>:<path>``. BLIND36-phi.md describes the set.
"""

# ruff: noqa: E501  (the snippet table holds long strings; each snippet stays on its lines)
from __future__ import annotations

import sys

import blind_phi_marks as marks

SPLIT = "blind36"

# key prefix -> (repository, commit, licence)
REPOS = {
    "sy": ("Sylius/Sylius", "3466cbab1098367b7107e756714f9390bf5e4bf6", "MIT (LICENSE)"),
    "sa": ("saleor/saleor", "723cd4eba87dfc72822ade45dc08a3caa548428d", "BSD-3-Clause (LICENSE)"),
    "so": ("solidusio/solidus", "1f5bf5c638f5fe9fbda4d480bdb7ebcfa39a9a5e", "BSD-3-Clause (LICENSE.md)"),
}  # fmt: skip
RECORD = {
    "sy": "one Behat step line of the feature file verbatim, indentation trimmed; labelled by hand by role (BLIND36-phi.md)",
    "sa": "one keyword-argument or dict block of the test verbatim, common indentation removed; labelled by hand by role (BLIND36-phi.md)",
    "so": "one Ruby hash literal's lines of the spec verbatim, common indentation removed; labelled by hand by role (BLIND36-phi.md)",
}
UNTIED = ("sy:", "sa:", "so:")


def source(key: str, where: str) -> dict[str, str]:
    """The source of a snippet key (``sy:PATH``, ``sa:PATH``, ``so:PATH``)."""
    prefix, path = key.split(":", 1)
    repo, commit, licence = REPOS[prefix]
    return {"repo": repo, "commit": commit, "path": path, "licence": licence, "row": where}


# fmt: off
SNIPPETS: list[tuple[str, str, str]] = [
    ('sy:features/admin/channel/managing_channels/adding_channel_with_shop_billing_data.feature', 'line 24',
     'And I specify shop billing address as "{I|Pacific Coast Hwy}", "{I|90806}" "{I|Los Angeles}", "United States"'),
    ('sy:features/admin/channel/managing_channels/editing_shop_billing_data_on_channel.feature', 'line 21',
     'And this channel shop billing address should be "{I|Valhalla}", "{I|123}" "{I|Asgard}" and "United States" country'),
    ('sy:features/admin/channel/managing_channels/editing_shop_billing_data_on_channel.feature', 'line 29',
     'And this channel shop billing address should still be "{I|Pacific Coast Hwy}", "{I|90806}" "{I|Los Angeles}" and "United States" country'),
    ('sy:features/admin/inventory/managing_inventory/viewing_product_variant_with_specify_quantity_of_items_on_hand.feature', 'line 22',
     'And the customer "{N|Lucifer Morningstar}" addressed it to "{A|Seaside Fwy}", "{A|90802}" "{A|Los Angeles}" in the "United States" with identical billing address'),
    ('sy:features/admin/order/managing_orders/browsing_orders/seeing_orders_currency_on_index.feature', 'line 24',
     'And the customer "{N|No Face}" addressed it to "{N|Lucifer Morningstar}", "{A|Seaside Fwy}" "{A|90802}" in the "British Virgin Islands"'),
    ('sy:features/admin/order/managing_orders/browsing_orders/seeing_orders_currency_on_index.feature', 'line 25',
     'And for the billing address of "{N|Mazikeen Lilim}" in the "{A|Pacific Coast Hwy}", "{A|90806}" "{A|Los Angeles}", "British Virgin Islands"'),
    ('sy:features/admin/order/managing_orders/browsing_orders/seeing_orders_with_different_currency_on_index.feature', 'line 24',
     'And I specified the billing address as "{A|Los Angeles}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Lucifer Morningstar}"'),
    ('sy:features/admin/order/managing_orders/cancelling_order_with_promotion.feature', 'line 16',
     'And the customer "{N|Mike Ross}" addressed it to "{A|350 5th Ave}", "{A|10118}" "{A|New York}" in the "United States" with identical billing address'),
    ('sy:features/admin/order/managing_orders/handling_order_payment/being_unable_to_finalize_order_payment_when_item_has_become_tracked.feature', 'line 14',
     'And the customer "{N|John Doe}" addressed it to "{A|Seaside Fwy}", "{A|90802}" "{A|Los Angeles}" in the "United States" with identical billing address'),
    ('sy:features/admin/order/managing_orders/modifying_billing_address/modifying_billing_address.feature', 'line 22',
     'And I specify their new billing address as "{A|Los Angeles}", "{A|Seaside Fwy}", "{A|90802}", "United States" for "{N|Lucifer Morningstar}"'),
    ('sy:features/admin/order/managing_orders/modifying_billing_address/modifying_billing_address.feature', 'line 25',
     'And this order should have "{N|Lucifer Morningstar}", "{A|Seaside Fwy}", "{A|90802}", "{A|Los Angeles}", "United States" as its billing address'),
    ('sy:features/admin/order/managing_orders/modifying_billing_address/modifying_billing_address_validation.feature', 'line 14',
     'And the customer "{N|Mike Ross}" addressed it to "{A|350 5th Ave}", "{A|10118}" "{A|New York}" in the "United States"'),
    ('sy:features/admin/order/managing_orders/modifying_billing_address/modifying_billing_address_validation.feature', 'line 15',
     'And the customer set the billing address as "{N|Mike Ross}", "{A|350 5th Ave}", "{A|10118}", "{A|New York}", "United States"'),
    ('sy:features/admin/order/managing_orders/modifying_billing_address/modifying_billing_address_validation.feature', 'line 27',
     'And this order should still have "{N|Mike Ross}", "{A|350 5th Ave}", "{A|10118}", "{A|New York}", "United States" as its billing address'),
    ('sy:features/admin/order/managing_orders/modifying_shipping_address/modifying_shipping_address.feature', 'line 23',
     'And I specify their shipping address as "{A|Los Angeles}", "{A|Seaside Fwy}", "{A|90802}", "United States" for "{N|Lucifer Morningstar}"'),
    ('sy:features/admin/order/managing_orders/order_details/seeing_order.feature', 'line 14',
     'And the customer "{N|Lucifer Morningstar}" addressed it to "{A|Seaside Fwy}", "{A|90802}" "{A|Los Angeles}" in the "United States"'),
    ('sy:features/admin/order/managing_orders/order_details/seeing_order.feature', 'line 15',
     'And for the billing address of "{N|Mazikeen Lilim}" in the "{A|Pacific Coast Hwy}", "{A|90806}" "{A|Los Angeles}", "United States"'),
    ('sy:features/admin/order/managing_orders/order_details/seeing_order.feature', 'line 24',
     'And it should have "{N|Mazikeen Lilim}", "{A|Pacific Coast Hwy}", "{A|90806}", "{A|Los Angeles}", "United States" as its billing address'),
    ('sy:features/admin/order/managing_orders/order_details/seeing_order_without_shipping_address.feature', 'line 23',
     'And it should have "{N|Mike Ross}", "{A|350 5th Ave}", "{A|10118}", "{A|New York}", "United States" as its billing address'),
    ('sy:features/admin/order/managing_orders/order_details/seeing_province_created_manually_on_order_page.feature', 'line 17',
     'And the customer "{N|Lucifer Morningstar}" addressed it to "{A|Seaside Fwy}", "{A|90802}" "{A|Norfolk}" in the "United Kingdom", "East of England"'),
    ('sy:features/admin/order/managing_orders/order_details/seeing_province_created_manually_on_order_page.feature', 'line 18',
     'And for the billing address of "{N|Mazikeen Lilim}" in the "{A|Pacific Coast Hwy}", "{A|90806}" "{A|Peterborough}", "United Kingdom", "East of England"'),
    ('sy:features/admin/order/managing_orders/order_history/tracking_changes_on_order_addresses.feature', 'line 18',
     'Given the customer "{N|Barney Stinson}" addressed it to "{A|East 84st Street and 3rd Avenue}", "{A|10118}" "{A|New York}" in the "United States" with identical billing address'),
    ('sy:features/admin/order/managing_orders/order_history/tracking_changes_on_order_addresses.feature', 'line 30',
     'And I specify their billing address as "{A|New York}", "{A|150 W. 85th Street}", "{A|10028}", "United States" for "{N|Ted Mosby}"'),
    ('sy:features/admin/shipping/managing_shipments/accessing_shipments_order_from_shipment_index.feature', 'line 14',
     'And the customer "{N|Donald Duck}" addressed it to "{A|Elm street}", "{A|90802}" "{A|Duckburg}" in the "United States" with identical billing address'),
    ('sy:features/admin/shipping/managing_shipments/browsing_shipments.feature', 'line 20',
     'And the customer "{N|Tony Stark}" addressed it to "{A|Rich street}", "{A|90802}" "{A|New York}" in the "United States" with identical billing address'),
    ('sy:features/admin/shipping/managing_shipments/browsing_shipments_from_multiple_channels.feature', 'line 26',
     'And the customer "{N|Tony Stark}" addressed it to "{A|Rich street}", "{A|90802}" "{A|New York}" in the "Canada" with identical billing address'),
    ('sy:features/admin/user/managing_customers/seeing_customer_details.feature', 'line 22',
     'And their default address is "{A|Hobbiton}", "{A|Bag End}", "{A|1}", "New Zealand" for "{N|Frodo Baggins}"'),
    ('sy:features/admin/user/managing_customers/seeing_customer_details.feature', 'line 24',
     'Then their default address should be "{N|Frodo}" "{N|Baggins}", "{A|Bag End}", "{A|1}" "{A|Hobbiton}", "New Zealand"'),
    ('sy:features/admin/user/managing_customers/seeing_province_created_manually_on_customer_details_page.feature', 'line 11',
     'And their default address is "{N|Frodo Baggins}", "{A|Bag End}", "{A|12-1321}", "{A|Hobbiton}", "United Kingdom", "East of England"'),
    ('sy:features/hybrid/checkout/placing_order_on_multi_channel/placing_an_order_on_multiple_channels_with_different_currency.feature', 'line 24',
     'And I specified the billing address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Jon Snow}"'),
    ('sy:features/shop/account/customer_account/address_book/address_province_validation.feature', 'line 14',
     'And I have an address "{N|Fletcher Ren}", "{A|Upper Barkly Street}", "{A|3377}", "{A|Ararat}", "Australia", "Victoria" in my address book'),
    ('sy:features/shop/account/customer_account/address_book/editing_address.feature', 'line 15',
     'And this customer has an address "{N|John Doe}", "{A|Banana Street}", "{A|90232}", "{A|New York}", "United States", "Kansas" in their address book'),
    ('sy:features/shop/account/customer_account/address_book/setting_default_address.feature', 'line 11',
     'And I have an address "{N|Archangelo Prime}", "{A|Mountain Av}", "{A|90640}", "{A|Isla del Muerte}", "United States" in my address book'),
    ('sy:features/shop/account/customer_account/address_book/setting_default_address.feature', 'line 33',
     'And address "{N|Archangelo Prime}", "{A|Mountain Av}", "{A|90640}", "{A|Isla del Muerte}", "United States" should be set as my default address'),
    ('sy:features/shop/account/customer_account/viewing_orders_history/viewing_order.feature', 'line 24',
     'And I should see "{N|Mazikeen Lilim}", "{A|Pacific Coast Hwy}", "{A|90806}", "{A|Los Angeles}", "United States" as billing address'),
    ('sy:features/shop/account/customer_account/viewing_orders_history/viewing_order_only_from_current_channel.feature', 'line 22',
     'And the customer "{N|John Hancock}" addressed it to "{A|350 5th Ave}", "{A|10118}" "{A|New York}" in the "United States" with identical billing address'),
    ('sy:features/shop/account/customer_account/viewing_orders_history/viewing_order_only_from_current_channel.feature', 'line 26',
     'And the customer "{N|Sherlock Holmes}" addressed it to "{A|221B Baker Street}", "{A|44123}" "{A|London}" in the "United Kingdom" with identical billing address'),
    ('sy:features/shop/cart/shopping_cart/allowing_access_only_for_correctly_logged_in_users.feature', 'line 22',
     'And the visitor specify the billing address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Jon Snow}"'),
    ('sy:features/shop/cart/shopping_cart/allowing_access_only_for_correctly_logged_in_users.feature', 'line 30',
     'And the visitor has specified address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Jon Snow}"'),
    ('sy:features/shop/cart/shopping_cart/allowing_access_only_for_correctly_logged_in_users.feature', 'line 72',
     'When the customer specify the billing address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Jon Snow}"'),
    ('sy:features/shop/cart/shopping_cart/allowing_access_only_for_correctly_logged_in_users.feature', 'line 80',
     'And the customer has specified address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Jon Snow}"'),
    ('sy:features/shop/cart/shopping_cart/allowing_access_only_for_correctly_logged_in_users.feature', 'line 134',
     'When the visitor specify the billing address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Jon Snow}"'),
    ('sy:features/shop/checkout/addressing_order/changing_address_during_checkout.feature', 'line 28',
     'And the visitor has specified address as "{A|Los Angeles}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Jon Snow}"'),
    ('sy:features/shop/checkout/addressing_order/changing_address_during_checkout.feature', 'line 30',
     'When the visitor changes the billing address to "{A|Los Angeles}", "{A|Avenue}", "{A|90210}", "United States" for "{N|Jon Snow}"'),
    ('sy:features/shop/checkout/addressing_order/changing_address_during_checkout.feature', 'line 32',
     'Then the visitor should has "{A|Los Angeles}", "{A|Avenue}", "{A|90210}", "United States", "{N|Jon Snow}" specified as billing address'),
    ('sy:features/shop/checkout/addressing_order/changing_address_during_checkout.feature', 'line 33',
     'Then the visitor should has "{A|Los Angeles}", "{A|Avenue}", "{A|90210}", "United States", "{N|Jon Snow}" specified as shipping address'),
    ('sy:features/shop/checkout/addressing_order/choosing_billing_and_shipping_address_from_address_book.feature', 'line 37',
     'Then address "{N|Fletcher Ren}", "{A|Upper Barkly Street}", "{A|3377}", "{A|Ararat}", "Australia", "Victoria" should be filled as billing address'),
    ('sy:features/shop/checkout/addressing_order/choosing_province_for_country.feature', 'line 19',
     'When I specify the billing address as "{A|Gotham}", "{A|Mountain Drive}", "{A|1007}", "United States" for "{N|Bruce Wayne}"'),
    ('sy:features/shop/checkout/addressing_order/choosing_province_for_country.feature', 'line 28',
     'And I specify the billing address as "{A|Nanda Parbat}", "{A|League of Assassins House}", "{A|11-333}", "Nepal" for "{N|Ra\'s al Ghul}"'),
    ('sy:features/shop/checkout/addressing_order/choosing_province_for_country.feature', 'line 29',
     'When I specify the shipping address as "{A|Gotham}", "{A|Mountain Drive}", "{A|1007}", "United States" for "{N|Bruce Wayne}"'),
    ('sy:features/shop/checkout/addressing_order/choosing_province_for_country.feature', 'line 40',
     'And I specify the shipping address as "{A|Metropolis}", "{A|Clinton Str.}", "{A|344}", "United States" for "{N|Clark Kent}"'),
    ('sy:features/shop/checkout/addressing_order/choosing_province_for_country.feature', 'line 49',
     'When I specify the billing address as "{A|Nanda Parbat}", "{A|League of Assassins House}", "{A|11-333}", "Nepal" for "{N|Ra\'s al Ghul}"'),
    ('sy:features/shop/checkout/addressing_order/filling_billing_and_shipping_address_details.feature', 'line 25',
     'And I specify the billing address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Eddard Stark}"'),
    ('sy:features/shop/checkout/addressing_order/preventing_xss_attack_during_checkout.feature', 'line 17',
     'And I specify the billing address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Jon Doe}"'),
    ('sy:features/shop/checkout/addressing_order/returning_to_addressing_step_with_a_different_shipping_address.feature', 'line 17',
     'And I specify the billing address as "{A|Brooklyn}", "{A|9036 Country Club Ave.}", "{A|11230}", "United States" for "{N|John Doe}"'),
    ('sy:features/shop/checkout/addressing_order/returning_to_addressing_step_with_a_different_shipping_address.feature', 'line 18',
     'And I specify the shipping address as "{A|Brooklyn}", "{A|70 Joy Ridge St}", "{A|11225}", "United States" for "{N|Jane Doe}"'),
    ('sy:features/shop/checkout/addressing_order/specifying_province_manually.feature', 'line 20',
     'When I specify the shipping address as "{A|Cavendish}", "{A|Green Gables}", "{A|91-242}", "Poland" for "{N|Anne Shirley}"'),
    ('sy:features/shop/checkout/addressing_order/specifying_province_manually.feature', 'line 22',
     'And I specify the billing address as "{A|Warsaw}", "{A|Obarowska}", "{A|91-242}", "Poland" for "{N|Frog Monica}"'),
    ('sy:features/shop/checkout/addressing_order/specifying_province_manually.feature', 'line 32',
     'When I specify the shipping address as "{A|Cavendish}", "{A|Green Gables}", "{A|91-242}", "United States" for "{N|Anne Shirley}"'),
    ('sy:features/shop/checkout/addressing_order/specifying_province_manually.feature', 'line 33',
     'And I specify the billing address as "{A|Frogpolis}", "{A|Leaf}", "{A|91-242}", "United States" for "{N|Frog Monica}"'),
    ('sy:features/shop/checkout/having_new_addresses_saved_in_address_book.feature', 'line 28',
     'And I specify the shipping address as "{A|Pseudopolis}", "{A|Haggard}", "{A|00-007}", "United States" for "{N|Sarah Connor}"'),
    ('sy:features/shop/checkout/having_new_addresses_saved_in_address_book.feature', 'line 37',
     'And I have an address "{N|Sarah Connor}", "{A|Haggard}", "{A|00-007}", "{A|Pseudopolis}", "United States" in my address book'),
    ('sy:features/shop/checkout/placing_an_order_with_different_scopes_for_shipping_and_taxes.feature', 'line 27',
     'And I specify the billing address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "Germany" for "{N|Patrick Jane}"'),
    ('sy:features/shop/checkout/placing_an_order_with_different_scopes_for_shipping_and_taxes.feature', 'line 43',
     'And I specify the billing address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Patrick Jane}"'),
    ('sy:features/shop/checkout/preventing_starting_checkout_with_empty_cart.feature', 'line 22',
     'And I specified the billing address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Joe Doe}"'),
    ('sy:features/shop/checkout/seeing_order_summary/seeing_addresses_on_order_summary_page.feature', 'line 26',
     'When I specify the billing address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Eddard Stark}"'),
    ('sy:features/shop/checkout/seeing_order_summary/seeing_addresses_on_order_summary_page_when_shipping_is_required_one_in_checkout.feature', 'line 28',
     'And I specify different billing address as "{A|Ankh Morpork}", "{A|Frost Alley}", "{A|90210}", "United States" for "{N|Eddard Stark}"'),
    ('sa:saleor/account/i18n.py', 'line 91',
     '"first_name": "Given name",\n"last_name": "Family name",\n"company_name": "Company or organization",\n"street_address_1": "Address",\n"street_address_2": "",\n"city": "City",\n"city_area": "District",\n"postal_code": "Postal code",\n"country": "Country",\n"country_area": "State or province",\n"phone": "Phone number",'),
    ('sa:saleor/account/i18n.py', 'line 104',
     '"street_address_1": "Street address, P.O. box, company name",\n"street_address_2": "Apartment, suite, unit, building, floor, etc",'),
    ('sa:saleor/account/tests/test_account.py', 'line 21',
     '"first_name": "{N|John}",\n"last_name": "{N|Doe}",\n"country": country,\n"phone": "{P|123456789}",'),
    ('sa:saleor/account/tests/test_account.py', 'line 59',
     '"first_name": "{N|John}",\n"last_name": "{N|Doe}",\n"country": "PL",\n"postal_code": "{A|XXX}",'),
    ('sa:saleor/account/tests/test_account.py', 'line 75',
     '"first_name": "{N|John}",\n"last_name": "{N|Doe}",\n"street_address_1": "{A|2344 Oya}",\n"country": "JP",\n"country_area": "Saitama",\n"city": "{A|Fukaya-Shi}",\n"postal_code": "{A|366-0814}",'),
    ('sa:saleor/account/tests/test_account.py', 'line 158',
     '"street_address_1": "{A|Foo bar}",\n"postal_code": "{A|00-123}",\n"city": "{A|Warsaw}",'),
    ('sa:saleor/account/tests/test_account.py', 'line 168',
     '"street_address_1": "{A|Foo bar}",\n"postal_code": "{A|0213}",\n"city": "{A|Warsaw}",'),
    ('sa:saleor/account/tests/test_account.py', 'line 375',
     '"first_name": "{N|John}",\n"last_name": "{N|Doe}",\n"country": "IE",\n"country_area": country_area_input,\n"city": "{A|Dublin}",\n"street_address_1": "{A|1 Anglesea St}",\n"postal_code": "{A|D02 FK84}",'),
    ('sa:saleor/account/tests/test_account.py', 'line 399',
     '"first_name": "{N|John}",\n"last_name": "{N|Doe}",\n"country": "CH",\n"country_area": "{A|Zurich}",\n"city": "{A|Zurich}",\n"street_address_1": "{A|Bahnhofstrasse 1}",\n"postal_code": "{A|8001}",'),
    ('sa:saleor/core/tests/test_postgresql_search.py', 'line 73',
     'first_name=first_name,\nlast_name=last_name,\ncompany_name="{I|Mirumee Software}",\nstreet_address_1="{A|Tęczowa 7}",\ncity="{A|Wrocław}",\npostal_code="{A|53-601}",\ncountry="PL",'),
    ('sa:saleor/graphql/account/tests/queries/test_customers_where_filtering.py', 'line 448',
     'first_name="{N|John}",\nlast_name="{N|Doe}",\ncompany_name="{I|Mirumee Software}",\nstreet_address_1="{A|Tęczowa 7}",\ncity="{A|WROCŁAW}",\npostal_code="{A|53-601}",\ncountry=country,\nphone=phone,'),
    ('sa:saleor/graphql/account/tests/test_i18n.py', 'line 18',
     '"first_name": "{N|John Saleor}",\n"last_name": "{N|Doe Mirumee}",\n"company_name": "{I|Mirumee Software}",\n"street_address_1": "{A|Tęczowa 7}",\n"street_address_2": "",\n"postal_code": "{A|53-601}",\n"country": "PL",\n"city": "{A|Wrocław}",\n"country_area": "",\n"phone": "{P|+48321321888}",'),
    ('sa:saleor/graphql/account/tests/test_i18n.py', 'line 41',
     '"first_name": "{N|John Saleor}",\n"last_name": "{N|Doe Mirumee}",\n"company_name": "{I|Mirumee Software}",\n"street_address_1": "{A|Tęczowa 7}",\n"street_address_2": "",\n"postal_code": "{A|Test Test 111 Test Road  BEDFORD  AM23 0UP}",\n"country": "PL",\n"city": "{A|Wrocław}",\n"country_area": "",\n"phone": "{P|+48321321888}",'),
    ('sa:saleor/graphql/account/tests/test_i18n.py', 'line 66',
     '"first_name": "{N|John Saleor}",\n"last_name": "{N|Doe Mirumee}",\n"company_name": "{I|Mirumee Software}",\n"street_address_1": "{A|Tęczowa 7}",\n"street_address_2": "",\n"postal_code": "{A|53-601}",\n"country": "",\n"city": "{A|Wrocław}",\n"country_area": "",\n"phone": "{P|+48321321888}",'),
    ('sa:saleor/graphql/account/tests/test_i18n.py', 'line 91',
     '"first_name": "{N|John Saleor}",\n"last_name": "{N|Doe Mirumee}",\n"company_name": "{I|Mirumee Software}",\n"street_address_1": "{A|Tęczowa 7}",\n"street_address_2": "",\n"postal_code": "{A|53-601}",\n"country": "PL",\n"city": "",\n"country_area": "",\n"phone": "{P|+48321321888}",'),
    ('sa:saleor/graphql/checkout/tests/mutations/test_checkout_complete_with_payment.py', 'line 4648',
     'first_name="{N|John}",\nlast_name="{N|Doe}",\ncompany_name="{I|Mirumee Software}",\nstreet_address_1="{A|Tęczowa 7}",\ncity="{A|WROCŁAW}",\ncountry="PL",\nphone="{P|+48713988102}",'),
    ('sa:saleor/graphql/checkout/tests/mutations/test_checkout_complete_with_payment.py', 'line 4710',
     'first_name="{N|John}",\nlast_name="{N|Doe}",\ncompany_name="{I|Mirumee Software}",\nstreet_address_1="{A|Tęczowa 7}",\ncity="{A|WROCŁAW}",\ncountry="PL",\nphone="{P|+48713988102}",\npostal_code="{A|XX-ABC}",'),
    ('sa:saleor/graphql/checkout/tests/mutations/test_checkout_complete_with_payment.py', 'line 4901',
     'country="US",\ncity="{I|Washington}",\ncountry_area="District of Columbia",\nstreet_address_1="{I|1600 Pennsylvania Avenue NW}",\npostal_code="{I|20500}",'),
    ('sa:saleor/graphql/checkout/tests/mutations/test_checkout_shipping_method_update.py', 'line 341',
     'country="US",\ncity="{A|New York}",\ncity_area="{A|ABC}",\nstreet_address_1="{A|New street}",\npostal_code="{A|53-601}",'),
    ('sa:saleor/order/tests/test_notifications.py', 'line 79',
     '"first_name": "{N|John}",\n"last_name": "{N|Doe}",\n"company_name": "{I|Mirumee Software}",\n"street_address_1": "{A|Tęczowa 7}",\n"street_address_2": "",\n"city": "{A|WROCŁAW}",\n"city_area": "",\n"postal_code": "{A|53-601}",\n"country": "PL",\n"country_area": "",\n"phone": "{P|+48713988102}",'),
    ('sa:saleor/plugins/avatax/tests/conftest.py', 'line 79',
     'first_name="{N|Eleanor}",\nlast_name="{N|Smith}",\nstreet_address_1="{A|Oławska 10}",\ncity="{A|WROCŁAW}",\npostal_code="{A|53-105}",\ncountry="PL",\nphone="{P|+48713988155}",'),
    ('sa:saleor/plugins/avatax/tests/test_avatax.py', 'line 5623',
     'street_address_1="{A|4371 Lucas Knoll Apt. 791}",\ncity="{A|BENNETTMOUTH}",\npostal_code="{A|53-601}",\ncountry="PL",'),
    ('sa:saleor/tests/fixtures.py', 'line 239',
     'first_name="{N|John}",\nlast_name="{N|Doe}",\ncompany_name="{I|Mirumee Software}",\nstreet_address_1="{A|Tęczowa 7}",\ncity="{A|WROCŁAW}",\npostal_code="{A|53-601}",\ncountry="PL",\nphone="{P|+48713988102}",'),
    ('sa:saleor/tests/fixtures.py', 'line 253',
     'first_name="{N|John}",\nlast_name="{N|Doe}",\ncompany_name="{I|Mirumee Software}",\nstreet_address_1="{A|Tęczowa 7}",\ncity="{A|WROCŁAW}",\npostal_code="{A|53-601}",\ncountry="PL",\nphone="{P|+48713988102}",\ncountry_area="test_country_area",\ncity_area="test_city_area",'),
    ('sa:saleor/tests/fixtures.py', 'line 269',
     'first_name="{N|John}",\nlast_name="{N|Doe}",\nstreet_address_1="{A|4371 Lucas Knoll Apt. 791}",\ncity="{A|BENNETTMOUTH}",\npostal_code="{A|13377}",\ncountry="IS",\nphone="{P|+40123123123}",'),
    ('sa:saleor/tests/fixtures.py', 'line 282',
     'first_name="{N|John}",\nlast_name="{N|Doe}",\nstreet_address_1="{A|2000 Main Street}",\ncity="{A|Irvine}",\npostal_code="{A|92614}",\ncountry_area="CA",\ncountry="US",\nphone="",'),
    ('sy:features/admin/channel/managing_channels/deleting_channel.feature', 'line 14',
     'When I delete channel "Web Store"'),
    ('sy:features/admin/channel/managing_channels/selecting_default_tax_zone_for_channel.feature', 'line 32',
     'And the default tax zone for the "Web store" channel should be "United States"'),
    ('sy:features/admin/inventory/checkout_inventory/holding_inventory_units_during_checkout_process.feature', 'line 22',
     'Then 3 units of this product should be on hold'),
    ('sy:features/admin/order/managing_orders/browsing_orders/seeing_orders_currency_on_index.feature', 'line 12',
     'And that channel allows to shop using "USD" and "GBP" currencies'),
    ('sy:features/admin/order/managing_orders/order_details/seeing_order_discounts.feature', 'line 31',
     'Given the promotion gives "$10.00" off on every product classified as "T-Shirts"'),
    ('sy:features/admin/order/managing_orders/order_filtration/filtering_orders_by_channel.feature', 'line 8',
     'Given the store operates on a channel named "Web-EU"'),
    ('sy:features/admin/payment/managing_payments/filtering_payments_by_state.feature', 'line 14',
     'And there is a "Processing" "#00000003" order with "Apple" product'),
    ('sy:features/admin/product/managing_product_attributes/browsing_all_product_attributes.feature', 'line 8',
     'Given the store has a text product attribute "T-Shirt brand" with code "t_shirt_brand"'),
    ('sy:features/admin/product/managing_product_options/adding_product_option.feature', 'line 57',
     'And this product option should have the "S" option value in "English (United States)" locale'),
    ('sy:features/admin/product/managing_product_options/sorting_product_options_by_position.feature', 'line 17',
     'And the first product option in the list should have name "Mug size"'),
    ('sy:features/admin/product/managing_product_variants/accessing_product_variants_generation.feature', 'line 9',
     'And the store has a "Yerba Mate" configurable product'),
    ('sy:features/admin/product/managing_product_variants/deleting_product_variant.feature', 'line 10',
     'And the product "PHP Mug" has "Medium PHP Mug" variant priced at "$40.00"'),
    ('sy:features/admin/product/managing_product_variants/removing_product_variant_price_from_obsolete_channel.feature', 'line 22',
     'Then I should not have configured price for "Web-GB" channel'),
    ('sy:features/admin/product/managing_products/adding_images_to_existing_product.feature', 'line 52',
     'Given the store has a "Lamborghini Ford Model" configurable product'),
    ('sy:features/admin/product/managing_products/changing_associations_of_product.feature', 'line 14',
     'Given the product "LG G3" has an association "Accessories" with product "LG headphones"'),
    ('sy:features/admin/product/managing_products/editing_product.feature', 'line 40',
     'And it should be priced at $15.00 for channel "United States"'),
    ('sy:features/admin/product/managing_products/filtering_products_by_taxons.feature', 'line 8',
     'Given the store classifies its products as "Mugs" and "Pugs"'),
    ('sy:features/admin/product/managing_products/managing_attributes/adding_text_attribute_in_different_locales.feature', 'line 39',
     'And attribute "Mug material" of product "Symfony Mug" should be "Drewno" in "Polish (Poland)" locale'),
    ('sy:features/admin/product/managing_products/reordering_product_images.feature', 'line 10',
     'And this product has an image "ford.jpg" with "small" type at position 0'),
    ('sy:features/admin/product/managing_products/sorting_products_within_a_taxon_by_position.feature', 'line 24',
     'And the store has a product "Pug Junior" in the "Soft Toys" taxon at 14th position'),
    ('sy:features/admin/product/viewing_price_history/accessing_price_history_from_simple_product.feature', 'line 12',
     'And it applies on "Ursus C-355" product'),
    ('sy:features/admin/product/viewing_product_in_admin_panel/navigating_between_product_show_and_edit_pages.feature', 'line 25',
     'Then I should be on "Iron shield" product edit page'),
    ('sy:features/admin/product/viewing_product_in_admin_panel/viewing_details_of_simple_product.feature', 'line 26',
     'And I should see original price "$25.00" for channel "United States"'),
    ('sy:features/admin/promotion/managing_catalog_promotions/browsing_variants_affected_by_catalog_promotions.feature', 'line 34',
     'Given there is a catalog promotion "Clothes promotion" that reduces price by "10%" and applies on "Clothes" taxon'),
    ('sy:features/admin/promotion/managing_catalog_promotions/seeing_catalog_promotion_details.feature', 'line 21',
     'And it should reduce price by "30%"'),
    ('sy:features/admin/promotion/managing_promotions/adding_promotion_with_rule_in_different_channels.feature', 'line 16',
     'And I name it "100 in every currency"'),
    ('sy:features/admin/shipping/managing_shipping_methods/adding_shipping_method.feature', 'line 30',
     'And I describe it as "FedEx Carrier shipping method for United States" in "English (United States)"'),
    ('sy:features/admin/shipping/managing_shipping_methods/shipping_method_validation.feature', 'line 45',
     'And shipping method with code "FED_EX" should not be added'),
    ('sy:features/admin/switching_admins_locale.feature', 'line 31',
     'And I browse that channel'),
    ('sy:features/admin/taxonomy/managing_taxons/deleting_taxon.feature', 'line 30',
     'Given the store classifies its products as "T-Shirts" and "Caps"'),
    ('sy:features/hybrid/promotion/applying_catalog_promotions/not_reapplying_catalog_promotions_on_variant_once_its_prices_changes.feature', 'line 25',
     'Then the visitor should see "$100.00" as the price of the "T-Shirt" product in the "Web-US" channel'),
    ('sy:features/shop/cart/shopping_cart/adding_product_with_discounted_catalog_price_to_cart.feature', 'line 15',
     'When I add product "T-Shirt" to the cart'),
    ('sy:features/shop/cart/shopping_cart/allowing_access_only_for_correctly_logged_in_users.feature', 'line 145',
     'Then the visitor has no access to proceed with "UPS" shipping method in the customer cart'),
    ('sy:features/shop/cart/shopping_cart/resolving_default_shipping_method_in_cart_summary_for_simple_products.feature', 'line 18',
     'And this product belongs to "Small-sized" shipping category'),
    ('so:api/spec/requests/spree/api/checkouts_spec.rb', 'line 74',
     'name: "{N|John Doe}",\naddress1: "{A|7735 Old Georgetown Road}",\ncity: "{A|Bethesda}",\nphone: "{P|3014445002}",\nzipcode: "{A|20814}",\nstate_id: @state.id,\ncountry_id: @country.id,'),
    ('so:api/spec/requests/spree/api/orders_spec.rb', 'line 596',
     'name: "{N|Tiago Motta}", address1: "{A|Av Paulista}",\n         city: "{A|Sao Paulo}", zipcode: "{A|01310-300}", phone: "{P|12345678}",'),
    ('so:api/spec/requests/spree/api/users_spec.rb', 'line 79',
     'name: "{N|First Last}",\naddress1: "{A|1 Test Rd}",\ncity: "{A|City}",\ncountry_id: country.id,\nstate_id: state.id,\nzipcode: "{A|55555}",\nphone: "{P|5555555555}"'),
    ('so:backend/spec/controllers/spree/admin/users_controller_spec.rb', 'line 11',
     'name: "{N|Foo Bar}",\ncity: "{A|New York}",\ncountry_id: state.country.id,\nstate_id: state.id,\nphone: "{P|555-555-5555}",\naddress1: "{A|123 Fake St.}",\nzipcode: "{A|10001}"'),
    ('so:core/spec/lib/spree/core/importer/order_spec.rb', 'line 38',
     'address1: "{A|123 Testable Way}",\nname: "{N|Fox Mulder}",\ncity: "{A|Washington}",\ncountry_id: country.id,\nstate_id: state.id,\nzipcode: "{A|66666}",\nphone: "{P|666-666-6666}"'),
    ('so:core/spec/models/spree/credit_card_spec.rb', 'line 95',
     'name: "{N|Hugo Furst}",\naddress1: "{A|123 Main}",\ncity: "{A|Somewhere}",\ncountry_id: country.id,\nstate_id: state.id,\nzipcode: 55_555,\nphone: "{P|1234567890}"'),
]
# fmt: on


def main(argv: list[str] | None = None) -> int:
    return marks.main_hashed(
        argv, __doc__, SPLIT, SNIPPETS, marks.recorded(source, RECORD), untied=UNTIED
    )


if __name__ == "__main__":
    sys.exit(main())
