print("ommi-browse")
