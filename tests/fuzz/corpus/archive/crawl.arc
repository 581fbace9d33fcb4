filedesc://t.arc 0.0.0.0 20250211080000 text/plain 66
1 0 newsq
URL IP-address Archive-date Content-type Archive-length

https://a.be/une page 1.2.3.4 20250211093000 text/html 254
HTTP/1.1 200 X
Content-Type: text/html

<html><head><title>Grève à la SNCB</title><meta charset=utf-8></head><body><article><p>Les cheminots belges sont en grève mardi, a annoncé le syndicat, qui réclame des embauches.</p></article></body></html>
