package vn.dvhc.agencies;

import vn.dvhc.catalog.CatalogRepository;
import vn.dvhc.domain.agency.Level1Table;
import vn.dvhc.domain.agency.RegisterCheck;
import vn.dvhc.domain.agency.UnitHistory;

/** A register read and checked: what both agency jobs start from. */
record AgencyCheckRun(RegisterReader.RegisterFile register, Level1Table table, UnitHistory units,
                      RegisterCheck.Result result) {

    static AgencyCheckRun of(AgencySettings settings, CatalogRepository catalog) {
        RegisterReader.RegisterFile register = RegisterReader.read(settings.register(), settings.encoding());
        Level1Table table = Level1Tables.load(settings.hCodes());
        UnitHistory units = new CatalogUnitHistory(catalog, settings.asOf());
        RegisterCheck.Result result = new RegisterCheck(table, units, settings.asOf())
                .check(register.agencies(), register.findings());
        return new AgencyCheckRun(register, table, units, result);
    }
}
