"""schema.org MedicalClinic data for a location page, from the same facts the page shows."""

from clinic.phone import tel_number


def medical_clinic(location, request, clinic_name):
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalClinic",
        "name": f"{clinic_name}, {location.title}",
        "url": location.get_full_url(request),
        "telephone": tel_number(location.phone),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": location.street_address,
            "addressLocality": location.locality,
            "addressRegion": location.region,
            "postalCode": location.postal_code,
            "addressCountry": "US",
        },
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": list(hours.value["days"]),
                "opens": hours.value["opens"].strftime("%H:%M"),
                "closes": hours.value["closes"].strftime("%H:%M"),
            }
            for hours in location.opening_hours
        ],
    }
    if location.directions_url:
        data["hasMap"] = location.directions_url
    return data
